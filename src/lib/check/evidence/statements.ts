/**
 * Every statement the site makes in its own voice, gathered from the content
 * with the evidence it carries, in one shape for the checks beside this file
 * and for `npm run evidence`:
 *
 * - a report's body: each <Statement evidence="…"> (src/lib/load/report-body.ts);
 * - a report's frontmatter: `keyPoints[i]`, `adds[i]`, `tensions[i]` and `released` carry `evidence`
 *   (words of that report); `title` and `summary` under `evidence:`;
 * - people, sanctions, events, claims, and a report's `title` and `summary`: every
 *   field its schema marks fact() (src/lib/load/schemas.ts), backed by
 *   `evidence: { field: { report: [words] } }` or an editor's note under `notes:`;
 * - a claim's `accounts[i]` and a country's `destination[i]` carry `evidence`
 *   (words of their `report`), a country's `roles[i]` `evidence: { report: [words] }`;
 *   a destination's `label`, after its count as the pages show it ("9 left … for …"), rests on those
 *   of the figure's `evidence` that give the count;
 * - site.yaml: any `{ text, report, evidence }`, `{ text, evidence: { report: [words] } }`
 *   or `{ text, basis }` (the `statement` shape of src/lib/load/schemas.ts); its `name` and
 *   `footer`, backed by `evidence: { name: { report: [words] } }` or `basis: { footer: "…" }`
 *   beside them; and each page's fields marked fact() (a `description`, a `lede`, the home page's
 *   `title` and `headline`), backed the same way in the page, named `pages.<page>.<field>`.
 *
 * A fact-bearing field with neither evidence nor an editor's note is listed
 * as uncovered; evidence (or a page's basis) written for a field not marked
 * fact() would be checked by nothing, and is listed as unmarked.
 */
import { lineOf, type Entry, type SiteContent } from '../../load/content.ts';
import { COUNTRY_ROLES, OWN_VOICE, factFields, schemas, site as siteSchema, statement, type EditorsNote, type EvidenceByReport, type Statement } from '../../load/schemas.ts';
import { PAGE_NAMES } from '../../pages.ts';
import { attributionOf } from '../../model/attribution.ts';
import { numberWords } from '../../model/figures.ts';

export interface EvidenceGroup {
  report: string;
  words: string[];
}

export interface CheckedStatement {
  /** The file and line, "content/people/coale.yaml:4", as messages name it. */
  at: string;
  /** The field, "description", "keyPoints[2]", or the section of a report's body. */
  field: string;
  /** What the reader sees. */
  text: string;
  /** The source words, by report; empty for an editor's note. */
  evidence: EvidenceGroup[];
  /** Who the statement is credited to beyond its own words: its `credit`, or its section's credited outlet. */
  credit?: string;
  /** An editor's note's basis. */
  basis?: string;
  /** Figures the data gives as numbers (a count), which the evidence must give too. */
  counts: number[];
}

export interface Uncovered {
  at: string;
  field: string;
  text: string;
}

/** Evidence, or a page's basis, written for a field that exists but is not marked fact(): nothing would check it. */
export interface Unmarked {
  /** The line of the evidence (or basis). */
  at: string;
  /** "evidence.nationality", "pages.people.basis.title". */
  field: string;
  kind: 'evidence' | 'basis';
}

type Path = readonly (string | number)[];
/** An entry, or site.yaml read as one: its file, its lines and its data. */
type Written = Pick<Entry<unknown>, 'filePath' | 'lines' | 'data'>;
/** Where a fact-bearing field's evidence is: an entry's `evidence` and `notes`; a page's in site.yaml, `evidence` and `basis`. */
type Provenanced = { evidence?: Record<string, EvidenceByReport>; notes?: Record<string, EditorsNote>; basis?: Record<string, string> };

const byReport = (map: EvidenceByReport): EvidenceGroup[] => Object.entries(map).map(([report, words]) => ({ report, words }));
const pathOf = (field: string): Path => field.split('.');
const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);

export function statementsOf(site: SiteContent): { statements: CheckedStatement[]; uncovered: Uncovered[]; unmarked: Unmarked[] } {
  const statements: CheckedStatement[] = [];
  const uncovered: Uncovered[] = [];
  const unmarked: Unmarked[] = [];
  const at = (entry: Pick<Entry<unknown>, 'filePath' | 'lines'>, path: Path) => `${entry.filePath}:${lineOf(entry, path)}`;

  /** One statement per listed item that carries its own `evidence` (of one report) or none. */
  const item = (entry: Entry<unknown>, path: Path, text: string, report: string, words?: string[], extra: Partial<CheckedStatement> = {}) => {
    const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
    if (words) statements.push({ at: at(entry, [...path, 'evidence']), field, text, evidence: [{ report, words }], counts: [], ...extra });
    else uncovered.push({ at: at(entry, path), field, text });
  };

  /**
   * The fields `names` (those its schema marks fact()) of an entry, each backed by `evidence.<field>`, `notes.<field>`
   * or (a page of site.yaml) `basis.<field>` of the object at `under` (the entry itself, or `pages.<name>`); `credit` is
   * who the entry is about, where it is a person. Then the evidence (or basis) that backs none of them: written for a
   * field that has no text (a misspelt field name), or for one that exists but is not marked, which nothing would check.
   */
  const facts = (entry: Written, names: string[], { credit, under = [] }: { credit?: string; under?: Path } = {}) => {
    const owner = valueAt(entry.data, under) as Provenanced;
    for (const name of names) {
      const text = valueAt(owner, pathOf(name));
      if (typeof text !== 'string') continue;
      const shown = [...under, name].join('.');
      const evidence = owner.evidence?.[name];
      const note = owner.notes?.[name];
      const basis = owner.basis?.[name];
      if (evidence) statements.push({ at: at(entry, [...under, 'evidence', name]), field: shown, text, evidence: byReport(evidence), counts: [], ...(credit && { credit }) });
      else if (note) statements.push({ at: at(entry, [...under, 'notes', name]), field: shown, text, evidence: [], basis: note.basis, counts: [] });
      else if (basis !== undefined) statements.push({ at: at(entry, [...under, 'basis', name]), field: shown, text, evidence: [], basis, counts: [] });
      else uncovered.push({ at: at(entry, [...under, ...pathOf(name)]), field: shown, text });
    }
    for (const kind of ['evidence', 'basis'] as const) {
      for (const name of Object.keys(owner[kind] ?? {})) {
        const value = valueAt(owner, pathOf(name));
        const where = { at: at(entry, [...under, kind, name]), field: [...under, kind, name].join('.') };
        if (!names.includes(name) && value !== undefined) unmarked.push({ ...where, kind });
        else if (typeof value !== 'string') uncovered.push({ ...where, text: `(no field "${name}" holds text)` });
      }
    }
  };

  for (const r of site.reports) {
    for (const s of r.body.statements) {
      const report = s.report ?? r.id;
      const credited = report === r.id ? attributionOf(r, s.section) : undefined;
      statements.push({
        at: `${r.filePath}:${s.line}`,
        field: `section "${s.section}"`,
        text: s.text,
        evidence: s.evidence.length ? [{ report, words: s.evidence }] : [],
        ...(credited && credited !== r.data.outlet && { credit: credited }),
        ...(s.basis !== undefined && { basis: s.basis }),
        counts: [],
      });
    }
    for (const s of r.body.bareSentences) uncovered.push({ at: `${r.filePath}:${s.line}`, field: `section "${s.section}"`, text: s.text });
    facts(r, factFields(schemas.reports));
    r.data.keyPoints.forEach((k, i) => item(r, ['keyPoints', i], k.text, r.id, k.evidence, { credit: k.credit }));
    r.data.adds.forEach((k, i) => item(r, ['adds', i], k.text, r.id, k.evidence, { credit: k.credit }));
    r.data.tensions.forEach((t, i) => item(r, ['tensions', i], t.text, r.id, t.evidence, { credit: t.credit }));
    const released = r.data.released;
    item(r, ['released'], `${released.count} prisoners released`, r.id, released.evidence, { counts: [released.count] });
  }
  for (const p of site.people) {
    // A person's page is headed with their name: what they said is credited to them there.
    facts(p, factFields(schemas.people), { credit: [p.data.name, ...p.data.aliases].join(', ') });
  }
  for (const c of site.countries) {
    c.data.roles.forEach((role, i) => {
      const text = COUNTRY_ROLES[role.role];
      // Where each report's words are given, they are the statements; the role's name only heads them.
      if (role.says.length) statements.push(...statementsIn(role.says, c.filePath, (j) => lineOf(c, ['roles', i, 'says', j]), `roles[${i}].says`));
      else if (role.evidence) statements.push({ at: at(c, ['roles', i, 'evidence']), field: `roles[${i}]`, text, evidence: byReport(role.evidence), counts: [] });
      else uncovered.push({ at: at(c, ['roles', i]), field: `roles[${i}]`, text });
    });
    c.data.destination?.forEach((d, i) => {
      const counts = d.count === undefined ? [] : [d.count];
      item(c, ['destination', i], d.note, d.report, d.evidence, { counts });
      if (d.label === undefined) return;
      // The pages set the count in its label ("9 left … for …"), credited as the figure's section is; it rests on the words that give the count.
      const report = site.reports.find((r) => r.id === d.report);
      const credited = report && attributionOf(report, d.section);
      const label = { at: at(c, ['destination', i, 'label']), field: `destination[${i}].label`, text: [d.count, d.label].filter((w) => w !== undefined).join(' ') };
      if (d.evidence) statements.push({ ...label, evidence: [{ report: d.report, words: numberWords(d) }], counts, ...(credited && credited !== report.data.outlet && { credit: credited }) });
      else uncovered.push(label);
    });
  }
  for (const s of site.sanctions) {
    facts(s, factFields(schemas.sanctions));
    statements.push(...statementsIn(s.data.says, s.filePath, (j) => lineOf(s, ['says', j]), 'says'));
  }
  for (const c of site.claims) {
    // Who says it (`by`) is the account's credit: a person by every spelling, or whom the source credits.
    const speaker = (by: string) => {
      const person = site.people.find((p) => p.id === by);
      return by === OWN_VOICE ? undefined : person ? [person.data.name, ...person.data.aliases].join(', ') : by;
    };
    c.data.accounts.forEach((a, i) => item(c, ['accounts', i], a.says, a.report, a.evidence, { credit: speaker(a.by) }));
    facts(c, factFields(schemas.claims));
  }
  for (const e of site.events) {
    facts(e, factFields(schemas.events));
  }
  // The site's name and footer, backed at the top of site.yaml; the pages' own words (a description, a lede, the home page's headline), each in its page.
  const siteEntry = { ...site.siteFile, data: site.site };
  facts(siteEntry, factFields(siteSchema).filter((f) => !f.includes('.')));
  for (const page of PAGE_NAMES) facts(siteEntry, factFields(siteSchema.shape.pages.shape[page]), { under: ['pages', page] });
  statements.push(...siteStatements(site));
  return { statements, uncovered, unmarked };
}

/** A list of `statement`s (src/lib/load/schemas.ts), for the checks. */
function statementsIn(list: Statement[], file: string, line: (i: number) => number, field: string): CheckedStatement[] {
  return list.map((v, i) => ({
    at: `${file}:${line(i)}`,
    field: `${field}[${i}]`,
    text: v.text,
    evidence: 'report' in v ? [{ report: v.report, words: v.evidence }] : 'evidence' in v ? byReport(v.evidence) : [],
    ...('credit' in v && v.credit && { credit: v.credit }),
    ...('basis' in v && { basis: v.basis }),
    counts: [],
  }));
}

/** The `statement`-shaped values anywhere in site.yaml (the pages' own statements). */
function siteStatements(site: SiteContent): CheckedStatement[] {
  const found: CheckedStatement[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (!value || typeof value !== 'object') return;
    const parsed = statement.safeParse(value);
    if (parsed.success) {
      const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
      found.push(...statementsIn([parsed.data], site.siteFile.filePath, () => lineOf(site.siteFile, path), field).map((s) => ({ ...s, field })));
      return;
    }
    for (const [k, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) walk(child, [...path, k]);
  };
  walk(site.site, []);
  return found;
}
