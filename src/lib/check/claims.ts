/**
 * A claim's verdict is derived from its accounts' facets (src/lib/model/verdict.ts),
 * so each facet must say no more than its evidence:
 *
 * - `by`, who says it: "outlet" only for words the report says in its own voice
 *   (none in a passage its source credits to another, or in a quotation); a person or a credited party only where
 *   the evidence is theirs (in a passage credited to them, in their quotation,
 *   or in words that name them: "Coale said");
 * - `certainty`: every hedge its evidence carries (CERTAINTY), and no other;
 * - `answer`: no number its evidence does not give;
 * - the account's section: the one that retells its evidence (a source
 *   paragraph that section's statements or quotations rest on);
 * - a verdict written in the claim: the one the rule gives.
 */
import { lineOf, type Entry, type ReportEntry, type SiteContent } from '../load/content.ts';
import { CERTAINTY, OWN_VOICE, type Certainty, type Claim, type ClaimAccount } from '../load/schemas.ts';
import { creditsOf } from '../model/attribution.ts';
import { verdictOf } from '../model/verdict.ts';
import { creditedPassageOf, occurrences, searchableSources, short, type SearchableSource } from './evidence/sources.ts';
import { numbersIn } from './evidence/text.ts';
import { normaliseWording as normalise } from './wording.ts';

/** Who may say something in one report: each speaker's id or name, and the words that name them. */
interface Speaker {
  names: string[];
  /** True for a person on the site, whose quotations the report's body marks with `by`. */
  person: boolean;
}

export function claimProblems(site: SiteContent): string[] {
  const sources = searchableSources(site);
  const reports = new Map(site.reports.map((r) => [r.id, r]));
  const paragraphs = new Map(site.reports.map((r) => [r.id, paragraphsRetold(r)]));
  return site.claims.flatMap((claim) => {
    const problems = claim.data.accounts.flatMap((account, i) => {
      const report = reports.get(account.report);
      const source = sources.get(account.report);
      // An unknown report or section is named by the reference checks, which run first.
      if (!report || !source) return [];
      const at = (field: string) => `${claim.filePath}:${lineOf(claim, ['accounts', i, field])}: accounts[${i}].${field}`;
      return [
        ...speakerProblems(site, report, source, account, at('by')),
        ...certaintyProblems(account, at('certainty')),
        ...answerProblems(account, at('answer')),
        ...sectionProblems(account, paragraphs.get(report.id)!, source, at('evidence')),
      ];
    });
    return [...problems, ...typedVerdictProblems(claim)];
  }).concat(formerIdProblems(site));
}

/** A former id is an address no claim has now, kept by one claim only. */
function formerIdProblems(site: SiteContent): string[] {
  const current = new Set(site.claims.map((c) => c.id));
  const keptBy = new Map<string, string>();
  return site.claims.flatMap((c) =>
    c.data.formerIds.flatMap((old, i) => {
      const at = `${c.filePath}:${lineOf(c, ['formerIds', i])}: formerIds[${i}]`;
      if (current.has(old)) return [`${at}: "${old}" is still a claim's id; a former id is for an address no claim has now`];
      const other = keptBy.get(old);
      keptBy.set(old, c.id);
      return other ? [`${at}: "${old}" is kept by the claim "${other}" too; keep it on one`] : [];
    }),
  );
}

/** The speakers a report may credit: the people on the site, whom its source credits, the outlets it cites, the sources of its quotations. */
function speakersOf(site: SiteContent, report: ReportEntry): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  for (const p of site.people) {
    const spellings = [p.data.name, ...p.data.aliases];
    speakers.set(p.id, { names: [...spellings, ...spellings.map((n) => n.split(' ').at(-1)!)], person: true });
  }
  for (const c of report.sourceCredits?.data.credits ?? []) speakers.set(c.to, { names: [c.to, ...c.names], person: false });
  for (const c of report.data.credits) speakers.set(c.outlet, { names: [c.outlet], person: false });
  for (const q of report.body.sections.flatMap((s) => s.quotations)) if (q.source) speakers.set(q.source, { names: [q.source], person: false });
  return speakers;
}

function speakerProblems(site: SiteContent, report: ReportEntry, source: SearchableSource, a: ClaimAccount, at: string): string[] {
  const speakers = speakersOf(site, report);
  const words = a.evidence ?? [];
  const quotations = report.body.sections.flatMap((s) => s.quotations).map((q) => ({ by: q.by ?? q.source!, text: normalise(q.text) }));
  const quotedBy = (w: string) => quotations.find((q) => q.text.includes(normalise(w)) || normalise(w).includes(q.text))?.by;
  const cited = creditsOf(report, a.section);

  if (a.by === OWN_VOICE) {
    // Passage by passage, as the source credits it: a section the report credits to another may hold its own words too.
    return words.flatMap((w) => {
      const passage = creditedPassageOf(source, w);
      if (passage) return [`${at}: its evidence “${short(w)}” is in a passage ${report.data.sourceFile} credits to ${passage.to}, not ${report.data.outlet}'s own voice; write by: ${passage.to}`];
      const speaker = quotedBy(w);
      return speaker ? [`${at}: its evidence “${short(w)}” is a quotation of ${speaker}, not ${report.data.outlet}'s own voice; write by: ${speaker}`] : [];
    });
  }
  const speaker = speakers.get(a.by);
  if (!speaker) {
    const credited = [...speakers.keys()].filter((k) => !speakers.get(k)!.person);
    return [
      `${at}: "${a.by}" is not "${OWN_VOICE}" (the report in its own voice), a person's id, or anyone ${report.data.sourceFile} credits` +
        `${credited.length ? ` (${credited.map((c) => `"${c}"`).join(', ')})` : ''}; correct it`,
    ];
  }
  if (!words.length) return [];
  const names = speaker.names.map(normalise);
  const theirs = (w: string) => {
    const passage = creditedPassageOf(source, w);
    if (passage && [passage.to, ...passage.names].some((n) => names.includes(normalise(n)))) return true;
    if (quotedBy(w) === a.by) return true;
    return names.some((n) => normalise(w).includes(n));
  };
  if (cited.includes(a.by) || words.some(theirs)) return [];
  return [`${at}: nothing in its evidence is credited to ${a.by}: give the source words that name them ("${speaker.names[0]} said …"), or write who the source credits`];
}

/** The CERTAINTY terms the words carry. */
export function certaintyIn(words: readonly string[]): Certainty[] {
  const said = normalise(words.join(' | '));
  return (Object.keys(CERTAINTY) as Certainty[]).filter((c) => CERTAINTY[c].in.test(said));
}

function certaintyProblems(a: ClaimAccount, at: string): string[] {
  if (!a.evidence) return [];
  const carried = certaintyIn(a.evidence);
  return [
    ...carried.filter((c) => !a.certainty.includes(c)).map((c) => `${at}: its evidence says “${CERTAINTY[c].words}”; add ${c} to its certainty`),
    ...a.certainty.filter((c) => !carried.includes(c)).map((c) => `${at}: ${c} (“${CERTAINTY[c].words}”) is not in its evidence; remove it, or add the source words that say it`),
  ];
}

function answerProblems(a: ClaimAccount, at: string): string[] {
  if (!a.evidence) return [];
  const given = new Set(a.evidence.flatMap(numbersIn));
  return a.answer.flatMap((answer) =>
    numbersIn(answer).filter((n) => !given.has(n)).map((n) => `${at}: the answer “${answer}” gives ${n}, which its evidence does not; correct it, or add the source words that give it`),
  );
}

/** For each section of a report, the source paragraphs (lines of its text, normalised) that its own statements and quotations rest on. */
function paragraphsRetold(report: ReportEntry): Map<string, string[]> {
  const lines = report.sourceText.split('\n').map(normalise).filter(Boolean);
  const retold = new Map<string, Set<string>>();
  const add = (section: string, words: string) => {
    const w = normalise(words);
    const set = retold.get(section) ?? retold.set(section, new Set()).get(section)!;
    for (const line of lines) if (line.includes(w)) set.add(line);
  };
  for (const s of report.body.statements) if (!s.report || s.report === report.id) s.evidence.forEach((w) => add(s.section, w));
  for (const section of report.body.sections) section.quotations.forEach((q) => add(section.id, q.text));
  return new Map([...retold].map(([section, set]) => [section, [...set]]));
}

function sectionProblems(a: ClaimAccount, retold: Map<string, string[]>, source: SearchableSource, at: string): string[] {
  const paragraphs = retold.get(a.section) ?? [];
  return (a.evidence ?? []).flatMap((w) => {
    // Words not in the source at all are named by the evidence checks.
    if (!occurrences(source, w).length || paragraphs.some((p) => p.includes(normalise(w)))) return [];
    const elsewhere = [...retold].filter(([, ps]) => ps.some((p) => p.includes(normalise(w)))).map(([s]) => `"${s}"`);
    return [
      `${at}: “${short(w)}” is not in a passage that section "${a.section}" retells` +
        (elsewhere.length ? ` (${elsewhere.join(' and ')} retells it); cite that section` : '; cite the section that retells it'),
    ];
  });
}

function typedVerdictProblems(claim: Entry<Claim>): string[] {
  const typed = claim.data.verdict;
  if (!typed) return [];
  const { verdict, differsIn } = verdictOf(claim.data.accounts);
  if (typed === verdict) return [];
  const why = verdict === 'differ' ? ` (they differ in ${differsIn.join(', ')})` : verdict === 'only-one' ? ' (only one report gives an account)' : '';
  return [
    `${claim.filePath}:${lineOf(claim, ['verdict'])}: verdict: "${typed}" is not what the rule on /about/ gives for these accounts: "${verdict}"${why}; ` +
      'remove the verdict (it is derived), or correct the accounts’ answer, by and certainty',
  ];
}
