/**
 * Quotations are the reports' own words: the build refuses one that is not
 * word for word in its report's source text, or whose speaker the source does
 * not name beside it. It checks every form a quotation takes: <Quote> in a
 * report's body (on one line or several), “curly-quoted” phrases in the body
 * and in key points, and the `quote` of a claim's account.
 */
import type { Person } from '../load/schemas.ts';
import type { Entry, SiteContent } from '../load/content.ts';
import { normaliseWording as normalise, QUOTED } from './wording.ts';

/** A quotation's words as they must appear: the closing comma or full stop may differ where the sentence went on. */
const wordsOf = (quote: string) => normalise(quote).replace(/[.,]$/, '');

/** Every name a person goes by, and their surnames, as a source may write them. */
const namesOf = ({ data }: Entry<Person>) =>
  [data.name, ...data.aliases].flatMap((n) => [n, n.split(' ').at(-1)!]).map(normalise);

export function quotationProblems(site: SiteContent): string[] {
  const problems: string[] = [];
  const everyone = site.people.map((p) => ({ id: p.id, names: namesOf(p) }));

  /** Who a source paragraph names, outside its own quotation marks (a name inside one is spoken of). */
  const namedIn = (paragraph = '', others: string[]) => {
    const outside = paragraph.replace(QUOTED, '');
    return [
      ...everyone.filter((p) => p.names.some((n) => outside.includes(n))).map((p) => p.id),
      ...others.filter((o) => outside.includes(normalise(o))),
    ];
  };

  for (const report of site.reports) {
    const paragraphs = report.sourceText.split('\n').map(normalise);
    const whole = paragraphs.join('\n');
    const at = (line: number) => `${report.filePath}:${line}`;

    for (const section of report.body.sections) {
      for (const q of section.quotations) {
        const words = wordsOf(q.text);
        const shown = `“${q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text}”`;
        if (!words) {
          problems.push(`${at(q.line)}: <Quote> holds no words; write the quotation between <Quote …> and </Quote>`);
          continue;
        }
        const found = paragraphs.findIndex((p) => p.includes(words));
        if (found < 0) {
          problems.push(`${at(q.line)}: ${shown} is not word for word in ${report.data.sourceFile}; copy it from the source exactly`);
          continue;
        }
        // The speaker is named in the quotation's own paragraph, in the nearest paragraph before
        // it that names anyone, or in a "said X" line after it.
        const others = q.source ? [q.source.replace(/^the /i, '')] : [];
        let before = found - 1;
        while (before >= 0 && namedIn(paragraphs[before], others).length === 0) before--;
        const after = paragraphs[found + 1]?.startsWith('said') ? paragraphs[found + 1] : '';
        const speakers = [paragraphs[found], paragraphs[before], after].flatMap((p) => namedIn(p, others));
        const speaker = q.by ?? others[0];
        if (!speaker || !speakers.includes(speaker)) {
          problems.push(
            `${at(q.line)}: ${shown} is not said by ${q.by ? `"${q.by}"` : `"${q.source}"`} in ${report.data.sourceFile}; ` +
              `credit the speaker the source names beside it`,
          );
        }
      }
    }

    // Phrases quoted in the running text and the key points.
    const phrases = [
      ...report.body.sections.flatMap((s) => phrasesIn(s.prose).map((p) => ({ p, where: at(s.line) }))),
      ...report.data.keyPoints.flatMap((k, i) => phrasesIn(k.text).map((p) => ({ p, where: `${report.filePath}: keyPoints[${i}]` }))),
    ];
    for (const { p, where } of phrases) {
      if (!whole.includes(wordsOf(p))) problems.push(`${where}: “${p}” is in quotation marks but not word for word in ${report.data.sourceFile}`);
    }
  }

  const reports = new Map(site.reports.map((r) => [r.id, r]));
  for (const claim of site.claims) {
    claim.data.accounts.forEach((a, i) => {
      // A claim citing no report is the reference check's to report.
      const report = reports.get(a.report);
      if (!a.quote || !report) return;
      if (!normalise(report.sourceText).includes(wordsOf(a.quote))) {
        problems.push(`${claim.filePath}: accounts[${i}].quote: “${a.quote}” is not word for word in ${report.data.sourceFile}`);
      }
    });
  }
  return problems;
}

const phrasesIn = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
