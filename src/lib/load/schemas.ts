/**
 * The shape of every content file. The loader (./content.ts) checks each file
 * against these; the unit tests import them too.
 *
 * Entries point at one another by id (a person's nationality is a country id,
 * a figure cites a report id and a section id). Zod checks the shape of an id
 * here; whether the entry it names exists is checked across the whole site by
 * src/lib/check/, because one file alone cannot know it.
 */
import { z } from 'zod';
// The entry without the names of countries in 80 languages, which the Node entry loads (15 ms): only codes are asked.
import countries from 'i18n-iso-countries/index.js';
import { PAGE_NAMES, type PageName } from '../pages.ts';

/**
 * A value still to be written, in a skeleton (`npm run new`, ./skeleton.ts):
 * the loader (./content.ts) names every string that starts so.
 */
export const TODO = 'TODO';

/** An entry or section id: lower-case words joined by hyphens. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id in lower-case-with-hyphens');

/** Where a fact comes from: one section of one report. */
export const source = z.strictObject({
  report: id,
  section: id,
});
export type Source = z.infer<typeof source>;

const sources = z.array(source).min(1, 'expected at least one report section');

/**
 * Characters that have no place in the site's text: control characters, and
 * the bidirectional overrides and isolates that make text display in another
 * order than it is written (a name that reads one way and searches another).
 */
const INVISIBLE = /[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const text = z
  .string()
  .trim()
  .min(1, 'expected some text')
  .refine((s) => !INVISIBLE.test(s), {
    error: (issue) => {
      const c = INVISIBLE.exec(String(issue.input))![0];
      return `remove the invisible character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}: it changes how the text shows`;
    },
  });

/** Text that shows on one line (a name, a title, a role), at most `max` characters. */
const line = (max: number) =>
  text.max(max, `expected at most ${max} characters`).refine((s) => !s.includes('\n'), 'expected a single line');

/** Limits on length: a name fits a card, a title a heading, a sentence a paragraph. */
const NAME = 80;
const TITLE = 120;
const SENTENCE = 400;
const PARAGRAPH = 1200;

/**
 * Dates are text, checked here as real dates. The loader reads YAML 1.2, where
 * an unquoted 2025-12-13 is text too; but an unquoted year (2020) is a number,
 * and a YAML 1.1 reader would turn 2025-02-30 into 2 March without a word: so
 * the README asks for quotes, and a date that is not text is refused saying so.
 */
const quoteDates = (issue: { input?: unknown }, expected: string) =>
  issue.input instanceof Date || typeof issue.input === 'number'
    ? `write the date in quotes, as ${expected} ("2025-12-13"): unquoted, YAML may read it as a number or a date of its own`
    : `expected ${expected}`;

/** A calendar day, "YYYY-MM-DD", that exists (no 30 February); as a Date at midnight UTC. */
export const calendarDay = z
  .string({ error: (issue) => quoteDates(issue, 'a date written "YYYY-MM-DD"') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written "YYYY-MM-DD"')
  .refine((s) => z.iso.date().safeParse(s).success, { error: (issue) => `"${String(issue.input)}" is not a date in the calendar` })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** A moment, "YYYY-MM-DDThh:mm:ssZ" (or with an offset such as +01:00), that exists; as a Date. */
export const dateTime = z
  .string({ error: (issue) => quoteDates(issue, 'a date and time written "YYYY-MM-DDThh:mm:ssZ"') })
  .refine((s) => z.iso.datetime({ offset: true }).safeParse(s).success, {
    error: (issue) => `"${String(issue.input)}" is not a real date and time written "YYYY-MM-DDThh:mm:ssZ"`,
  })
  .transform((s) => new Date(s));

/* ------------------------------------------------------------- standards */

/**
 * A fact that no report gives, shown only as the site's own note, styled apart
 * from what the reports say: what the site states, and what it bases it on.
 */
export const editorsNote = z.strictObject({
  note: text,
  basis: text,
});
export type EditorsNote = z.infer<typeof editorsNote>;

/**
 * The source words a statement rests on, word for word from one report's
 * source text (case, spacing, curly or straight quotes, `…` or `...` and
 * dashes aside), each as short as will do. src/lib/check/evidence/ checks them.
 */
export const evidenceWords = z.array(text).min(1, 'expected the source words it rests on').meta({ evidence: true });

/**
 * Marks a field that states a fact in the site's voice: it rests on the source
 * words under `evidence.<field>`, or is an editor's note under `notes.<field>`
 * (src/lib/check/evidence/ refuses it with neither). factFields() lists them.
 */
const fact = <S extends z.ZodType>(schema: S) => schema.meta({ fact: true });

/** The fields of an entry's schema marked with fact(), as paths: "role", "change.what". */
type SchemaDef = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** Whether a field is marked fact(), itself or inside .optional() or .default() (`why: fact(…).optional()`). */
function isFact(schema: z.ZodType): boolean {
  if (z.globalRegistry.get(schema)?.fact) return true;
  const def = defOf(schema);
  return (def.type === 'optional' || def.type === 'default') && isFact(def.innerType!);
}

export function factFields(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') return factFields(def.innerType!);
  return Object.entries(def.shape ?? {}).flatMap(([name, field]) => (isFact(field) ? [name] : factFields(field).map((inner) => `${name}.${inner}`)));
}

/** Evidence from several reports: report id → its words. `{ al-jazeera: ["…"], washington-insider: ["…"] }`. */
export const evidenceByReport = z
  .record(id, evidenceWords)
  .refine((r) => Object.keys(r).length > 0, 'expected at least one report and its words');
export type EvidenceByReport = z.infer<typeof evidenceByReport>;

/**
 * Where each fact-bearing field of an entry comes from: `cites` maps a field
 * ("role", "aliases", "change.date", …) to the report sections that give it
 * (for links); `evidence` maps it to the source words it rests on, by report;
 * `notes` maps a field to an editor's note for a fact no report gives. Fields
 * that carry their own sources (a country's roles, a claim's accounts) carry
 * their own `evidence` too. src/lib/check/evidence/ checks every one.
 */
const provenance = {
  cites: z.record(z.string(), sources).default({}),
  evidence: z.record(z.string(), evidenceByReport).default({}),
  notes: z.record(z.string(), editorsNote).default({}),
};

/**
 * A sentence in the site's own voice and the source words it rests on. With
 * `report`, its `evidence` is words of that report's source text, word for word
 * (case, spacing and typographic variants aside), as short as will do; or,
 * resting on several reports, `evidence` maps each report id to its words.
 * The sentence is credited to whoever the source credits those words to: the
 * text names them, or `credit` does ("Reuters"). A sentence that no report
 * gives is an editor's note instead: `{ text, basis }`.
 */
const sentence = text.max(SENTENCE, `expected at most ${SENTENCE} characters`);
export const statement = z.union([
  z.strictObject({ text: sentence, report: id, evidence: evidenceWords, credit: text.optional() }),
  z.strictObject({ text: sentence, evidence: evidenceByReport, credit: text.optional() }),
  z.strictObject({ text: sentence, basis: text }),
]);
export type Statement = z.infer<typeof statement>;

/** A correction: when the site changed what it says, what changed and why. */
export const correction = z.strictObject({
  date: calendarDay,
  what: text,
  why: text,
});
export type Correction = z.infer<typeof correction>;

/** The last substantive change and the corrections made, on a report and on the site. */
export const standards = {
  updated: dateTime.optional(),
  corrections: z.array(correction).default([]),
};

/**
 * What a report relays from another outlet, down to the sections that retell
 * the paragraphs the report credits to it ("As BBC News reported, …").
 */
export const credit = z.strictObject({
  outlet: text,
  sections: z.array(id).min(1, 'expected at least one section'),
});
export type Credit = z.infer<typeof credit>;

/**
 * ISO 3166-1 alpha-2: the officially assigned codes, "EU", which ISO reserves
 * for the European Union, and the user-assigned XA–XZ, for a place that has no
 * code of its own (the fictional event the tests build uses them).
 */
const isoCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected two capital letters')
  .refine((code) => code === 'EU' || /^X[A-Z]$/.test(code) || countries.isValid(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code`,
  });

/* ---------------------------------------------------------------- people */

/** The groups a reader scans on /people/, in the order they are shown. */
export const PERSON_GROUPS = {
  freed: 'Freed',
  officials: 'Negotiators and officials',
  opposition: 'Opposition and commentators',
  family: 'Family',
} as const;

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const person = z.strictObject({
  name: line(NAME),
  /** Every other spelling the reports use: one person, one record. */
  aliases: z.array(line(NAME)).default([]),
  role: fact(line(TITLE)),
  /** One line: who they are in this story. */
  description: fact(line(SENTENCE)),
  /** Left out where neither report nor its context gives it. */
  nationality: id.optional(),
  group: z.enum(keysOf(PERSON_GROUPS)),
  ...provenance,
});
export type Person = z.infer<typeof person>;

/* ------------------------------------------------------------- countries */

/** The parts a country plays in the story. */
export const COUNTRY_ROLES = {
  'released-prisoners': 'Released the prisoners',
  'received-prisoners': 'Where freed prisoners went',
  'onward-destination': 'Named as a place to go on to',
  'imposed-sanctions': 'Imposed sanctions',
  /** Whether, and which, sanctions it lifts: the reports hedge it differently ("announced", "agreed to lift some"). */
  'lifted-sanctions': 'On lifting sanctions',
  /** Whether it recognises Lukashenko as president: the reports word it differently. */
  recognition: 'On recognising Lukashenko as president',
  ally: 'Ally of the government',
  mediator: 'Brokered the deal',
} as const;

/**
 * The roles whose name is only a topic ("On …"), claiming nothing a report
 * hedges: what each report says of it is in the role's `says`, which
 * src/lib/check/country-roles.ts asks for.
 */
export const TOPIC_ROLES: readonly (keyof typeof COUNTRY_ROLES)[] = ['lifted-sanctions', 'recognition'];

/** How many prisoners one report says went to a country, and to which cities. */
export const destinationFigure = z
  .strictObject({
    report: id,
    section: id,
    /** Absent when the report names the country but gives no number. */
    count: z.number().int('expected a whole number').nonnegative('expected a count of 0 or more').optional(),
    /**
     * What the report says became of the `count`, in a few words that follow the number ("left … for …",
     * "taken to …"): the pages set the figure in them, so the code supplies no verb of its own. With the
     * count before it, a statement, checked against `evidence` as the note is.
     */
    label: line(NAME).optional(),
    cities: z.array(line(NAME)).default([]),
    /** True where the report names the country as a place to go on to, not as where the prisoners were taken. */
    onward: z.boolean().default(false),
    /** The report's own wording of the figure, in the site's words. */
    note: line(SENTENCE),
    /** The source words the figure, its label and the note rest on (the count among them). */
    evidence: evidenceWords.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.count !== undefined && f.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'a figure with a count says in `label` what the report says became of them ("taken to …")' });
    }
  });
export type DestinationFigure = z.infer<typeof destinationFigure>;

/**
 * Map data, not a report's claim: where to draw a country's cities on the
 * locator map, and where the coordinates come from. Optional; a country
 * without it is still drawn (its outline comes from Natural Earth by its code).
 */
export const countryMap = z.strictObject({
  /** Where the coordinates were taken from, e.g. a gazetteer. */
  source: text,
  cities: z
    .array(
      z.strictObject({
        name: text,
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
      }),
    )
    .min(1, 'expected at least one city'),
});
export type CountryMap = z.infer<typeof countryMap>;

export const country = z.strictObject({
  name: line(NAME),
  code: isoCode,
  roles: z
    .array(
      z.strictObject({
        role: z.enum(keysOf(COUNTRY_ROLES)),
        sources,
        /** The source words the role rests on, by report; or, in its place, `says`. */
        evidence: evidenceByReport.optional(),
        /** What each report says, where the role's name alone would drop a credit or a hedge; required for TOPIC_ROLES. */
        says: z.array(statement).default([]),
      }),
    )
    .min(1, 'expected at least one role'),
  /** Present for countries the freed prisoners went to, one figure per report. */
  destination: z.array(destinationFigure).optional(),
  /** Map data for the locator map (see countryMap): not a report's claim. */
  map: countryMap.optional(),
  ...provenance,
});
export type Country = z.infer<typeof country>;

/* ------------------------------------------------------------- sanctions */

/**
 * Sanctions grouped by whether a report says their lifting was announced (they
 * have a `change`). Nothing more: whether a set is "still in force" is for a
 * report to say, in the sanction's `says`.
 */
export const SANCTION_CHANGE = {
  'lifting-announced': 'Lifting announced',
  'no-lifting-reported': 'No lifting reported',
} as const;

export const sanction = z.strictObject({
  title: fact(line(TITLE)),
  /** A country id (the EU is an entry in the countries collection too). */
  imposedBy: id,
  target: fact(line(SENTENCE)),
  /** What each report says about these sanctions, with its evidence: the site gives them no status of its own. */
  says: z.array(statement).min(1, 'expected what at least one report says about them'),
  /** Who announced their lifting, when, and what the reports say of it; only where a report says so. */
  change: z
    .strictObject({
      announcedBy: id,
      date: calendarDay,
      what: fact(line(SENTENCE)),
    })
    .optional(),
  sources,
  ...provenance,
});
export type Sanction = z.infer<typeof sanction>;

/* --------------------------------------------------------------- reports */

/** One sentence in the site's words from one section of the report, with the source words it rests on. */
const sectionPoint = z.strictObject({ text: line(SENTENCE), section: id, evidence: evidenceWords.optional(), credit: text.optional() });

export const report = z.strictObject({
  /** Also the page's title, so short enough for a browser tab and a search result. */
  title: fact(line(70)),
  outlet: line(NAME),
  eventDate: calendarDay,
  /** When this site published its retelling of the report (feeds and search engines show it). */
  published: dateTime,
  /** One sentence: what this report says happened. */
  summary: fact(line(SENTENCE).refine((s) => !/[.!?]\s+\S/.test(s), 'expected one sentence')),
  /** The scraped text this report was written from (kept in the content folder's sources/). */
  sourceFile: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name'),
  /** How many prisoners this report says were freed, and the section that says so. */
  released: z.strictObject({
    count: z.number().int('expected a whole number').nonnegative('expected a count of 0 or more'),
    section: id,
    /** The source words that give the count. */
    evidence: evidenceWords.optional(),
  }),
  /** Three to five points that sum the report up, each from one of its sections. */
  keyPoints: z
    .array(sectionPoint)
    .min(3, 'expected at least three key points')
    .max(5, 'expected at most five key points'),
  /** What this report alone tells that no question on /compare/ asks, each from one of its sections: /compare/ lists them. */
  adds: z.array(sectionPoint).max(5, 'expected at most five: what matters most').default([]),
  people: z.array(id).min(1, 'expected at least one person'),
  countries: z.array(id).min(1, 'expected at least one country'),
  sanctions: z.array(id).default([]),
  /**
   * Section ids that were published and later renamed, each mapped to the id
   * that replaced it, so that links already shared still land on the section.
   */
  anchorAliases: z.record(id, id).default({}),
  /**
   * The ids this report had before it was renamed: each old address keeps a
   * page that sends the reader on to this one, at the same section or quotation.
   */
  formerIds: z.array(id).default([]),
  /** The sections that retell what this report credits to another outlet. */
  credits: z.array(credit).default([]),
  /**
   * Where the report is not consistent with itself: each tension set out in the site's words, its passages
   * side by side and unresolved, credited as the source credits them, with the sections they are in (for
   * links) and the source words it rests on (checked like every statement's). Shown on the report's page
   * and on /compare/.
   */
  tensions: z
    .array(
      z.strictObject({
        text: text.max(PARAGRAPH, `expected at most ${PARAGRAPH} characters`),
        sections: z.array(id).min(1, 'expected the sections the passages are in'),
        evidence: evidenceWords.optional(),
        credit: text.optional(),
      }),
    )
    .default([]),
  ...provenance,
  ...standards,
});
export type Report = z.infer<typeof report>;

/* ---------------------------------------------------------------- claims */

/** How the reports stand on a claim; shown with a sign and words, never colour alone. Derived by src/lib/model/verdict.ts. */
export const VERDICTS = {
  agree: { sign: '=', label: 'They agree' },
  differ: { sign: '≠', label: 'They differ' },
  'only-one': { sign: '1', label: 'Only one says it' },
} as const;
export type Verdict = keyof typeof VERDICTS;

/**
 * How sure an account is, as its source words say it: each term is named by the
 * words that carry it ("announced", "some", "expect"), and an account lists every
 * term its evidence carries and no other (src/lib/check/claims.ts). None means
 * the source states it plainly.
 */
export const CERTAINTY = {
  announced: { words: 'announced', in: /\bannounc(?:e|es|ed|ing)\b/ },
  agreed: { words: 'agreed', in: /\bagreed?\b/ },
  will: { words: 'will', in: /\bwill\b/ },
  would: { words: 'would', in: /\bwould\b/ },
  expected: { words: 'expect', in: /\bexpect(?:s|ed|ing)?\b/ },
  likely: { words: 'likely', in: /\blikely\b/ },
  some: { words: 'some', in: /\bsome\b/ },
  'at-least': { words: 'at least', in: /\bat least\b/ },
  'more-than': { words: 'more than', in: /\bmore than\b/ },
  'seen-as': { words: 'is seen as', in: /\bis seen as\b/ },
  unclear: { words: 'not immediately clear', in: /\bnot immediately clear\b/ },
} as const;
export type Certainty = keyof typeof CERTAINTY;

/** Who makes an account's statement: the report in its own voice. Any other value names a person (by id) or whom the source credits. */
export const OWN_VOICE = 'outlet';

/** One report's answer to a claim, from one section, with the facets its verdict is derived from. */
export const claimAccount = z.strictObject({
  report: id,
  section: id,
  says: text.max(PARAGRAPH, `expected at most ${PARAGRAPH} characters`),
  /** The report's own words, where the wording matters. */
  quote: text.max(PARAGRAPH, `expected at most ${PARAGRAPH} characters`).optional(),
  /** The source words `says` and the facets rest on. */
  evidence: evidenceWords.optional(),
  /**
   * Who says it: `outlet` (the report in its own voice), a person's id
   * (`slunkin`), or whom the source credits, as content/sources/<file>.yaml or
   * the report's `credits` name them ("Reuters", "BBC News").
   */
  by: line(NAME),
  /** How sure it is, by the source's own words (CERTAINTY); none where the source states it plainly. */
  certainty: z.array(z.enum(keysOf(CERTAINTY))).default([]),
  /**
   * The answer to the question, as short as will do and worded alike across
   * reports wherever they give the same answer ("123", "John Coale"): the
   * verdict compares them. Several where the account gives several.
   */
  answer: z.array(line(TITLE)).min(1, 'expected the answer this account gives'),
});
export type ClaimAccount = z.infer<typeof claimAccount>;

export const claim = z
  .strictObject({
    /** Where the claim comes in the comparison: the questions readers ask first come first. */
    order: z.number().int('expected a whole number'),
    /** The question a reader would ask. */
    question: line(TITLE),
    /** The ids of claims merged into this one: links already shared to /compare/#old-id still land on it. */
    formerIds: z.array(id).default([]),
    /**
     * Derived from the accounts by the rule on /about/ (src/lib/model/verdict.ts); an
     * editor may write it to say what they expect, and the build refuses it where the rule gives another.
     */
    verdict: z.enum(keysOf(VERDICTS)).optional(),
    /** What each report says, one section at a time; a report may give several. */
    accounts: z.array(claimAccount).min(1, 'expected at least one account'),
    /** Why the difference matters, or what the verdict leaves out. */
    why: fact(text.max(PARAGRAPH, `expected at most ${PARAGRAPH} characters`)).optional(),
    /** The people the claim concerns. */
    people: z.array(id).default([]),
    /** The evidence for `why` (and `notes` for an editor's judgement in it). */
    ...provenance,
  });
export type Claim = z.infer<typeof claim>;

/* ---------------------------------------------------------------- events */

/**
 * One step on the timeline, dated only as precisely as the reports date it:
 * a year ("2020"), a month ("2025-12") or a day ("2025-12-13").
 */
export const event = z.strictObject({
  when: z
    .string({ error: (issue) => quoteDates(issue, '"YYYY", "YYYY-MM" or "YYYY-MM-DD"') })
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
    .refine((s) => s.length < 10 || z.iso.date().safeParse(s).success, {
      error: (issue) => `"${String(issue.input)}" is not a date in the calendar`,
    }),
  /** Orders events that share a date; lower first. */
  order: z.number().int('expected a whole number').default(0),
  title: fact(line(TITLE)),
  /** What happened, in the site's words, no more than its sources say. */
  text: fact(text.max(PARAGRAPH, `expected at most ${PARAGRAPH} characters`)),
  sources,
  ...provenance,
});
export type Event = z.infer<typeof event>;

/* ------------------------------------------------------------------ site */

/**
 * Where the words of a page that may state news come from: `evidence` maps a
 * field to its source words, by report, as an entry's does; `basis` maps a
 * field that states nothing a report gives (it says what the page or the site
 * is: "Made to print on one page.") to the editor's reason. An entry's `notes`
 * would ask for a `note` too, shown apart from the reports' facts; a page's
 * field is already the site's own sentence, so its note would repeat it word
 * for word. The page keeps only the basis, as a `statement` does (`{ text, basis }`).
 */
const pageProvenance = {
  evidence: provenance.evidence,
  basis: z.record(z.string(), text).default({}),
};

const PAGE_TITLE = 70;
const pageTitle = text.max(PAGE_TITLE, `expected at most ${PAGE_TITLE} characters`);

/**
 * A page's own words: its title (the browser tab), its description (search
 * results, link previews, share cards) and its lede. The title is the page's
 * name ("Who is who", "Sanctions") and states nothing, so it is no fact(); the
 * description and the lede may ("Belarus's release of 123 prisoners") and are.
 */
const pageFields = {
  title: pageTitle,
  description: fact(text.max(200, 'expected at most 200 characters')),
  lede: fact(text),
  ...pageProvenance,
};
/** A page's words; a page missing from site.yaml is told what to write, not "expected object, received undefined". */
const pageWords = <S extends z.ZodRawShape>(shape: S, words: string) =>
  z.strictObject(shape, { error: (issue) => (issue.input === undefined ? `expected this page's words: ${words}` : undefined) });
const pageText = pageWords(pageFields, 'a title, a description and a lede, the description and the lede each with its evidence or basis');
// The home page has no lede: it leads with the news (`whatHappened`).
const { lede: _, ...homeFields } = pageFields;

/**
 * content/site.yaml: what the site says in its own voice, not a report's: its
 * name, each page's title and lede, the footer, and the date it gives the event.
 */
export const site = z.strictObject({
  /**
   * The site's name heads every page and every share card: where it states news ("Belarus frees 123
   * prisoners"), it rests on `evidence.name`, by report, as a page's words do;
   * else on `basis.name`.
   */
  name: fact(text.max(40, 'expected at most 40 characters')),
  ...pageProvenance,
  /** The canonical origin of every absolute URL (canonical links, the summary's QR code); SITE_URL overrides it. */
  url: z.url({ protocol: /^https?$/, error: 'expected an address such as https://example.org' }),
  /** A BCP 47 language tag: the pages' lang and the feed's language. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'expected a language tag such as en-GB'),
  /** The event's calendar date is the site's own dating where the reports give none: `basis` says why. */
  eventDate: z.strictObject({ date: calendarDay, basis: text }),
  /** Under every page: what the site is. Where it states news ("the release of 48 prisoners"), it rests on `evidence.footer`; else on `basis.footer`. */
  footer: fact(text),
  /**
   * Every statement in the site's voice carries its evidence or an editor's basis,
   * and the build refuses one that does not (src/lib/check/evidence/coverage.ts).
   * A site starting out may leave it off while its content is written; the
   * other evidence checks hold either way.
   */
  requireEvidence: z.boolean().default(false),
  /** The news in three or four sentences, first on the home page and the summary: an editor's, each with its evidence. */
  whatHappened: z.array(statement).min(3, 'expected three or four sentences').max(4, 'expected three or four sentences'),
  /** What the reports say is unclear, expected or not known yet, each with its evidence (hedges kept). */
  stillOpen: z.array(statement).min(1, 'expected at least one open question').max(5, 'expected at most five open questions'),
  /**
   * The differences between the reports an editor ranks most important, most
   * important first: each a claim on /compare/ (one the reports differ on) and
   * one line saying what differs, resting on the reports' words (its `evidence`,
   * not a basis: src/lib/check/differences.ts), so its credits and hedges are checked.
   */
  differences: z
    .array(z.strictObject({ claim: id, line: statement }))
    .min(1, 'expected at least one difference')
    .max(5, 'expected at most five differences: the ones that matter most'),
  /**
   * The people the story turns on, in the order the home page shows them. The
   * freed among them are those a report counts among the released; anyone else
   * a report calls freed is shown apart, as "also named".
   */
  atTheCentre: z.array(id).min(1, 'expected at least one person').max(8, 'expected at most eight people'),
  /** Each page of src/lib/pages.ts by its name; the home page leads with the news (whatHappened), not a lede about the site. */
  pages: z.strictObject({
    ...(Object.fromEntries(PAGE_NAMES.map((name) => [name, pageText])) as Record<PageName, typeof pageText>),
    // The home page's title and headline are the news itself: facts, with their evidence.
    home: pageWords({ ...homeFields, title: fact(pageTitle), headline: fact(text) }, 'a title, a description and a headline, each with its evidence or basis'),
  }),
  ...standards,
});
export type SiteText = z.infer<typeof site>;

/* --------------------------------------------------------------- sources */

/**
 * content/sources/<source file>.yaml, beside the text: the passages a source
 * credits to someone other than its outlet ("As BBC News reported, …",
 * "Officials told Reuters that …"), recorded once. A statement resting on words
 * in such a passage must name who it is credited to (one of `names`).
 */
export const sourceCredits = z.strictObject({
  credits: z
    .array(
      z.strictObject({
        /** Who the source credits the passages to, as the site names them. */
        to: line(NAME),
        /** The words a statement may use to name them ("Reuters", "the centre"). */
        names: z.array(line(NAME)).min(1, 'expected at least one name'),
        /** Each passage word for word from the source: a paragraph, or the part of one the credit covers. */
        passages: z.array(text).min(1, 'expected at least one passage'),
      }),
    )
    .default([]),
});
export type SourceCredits = z.infer<typeof sourceCredits>;

/** The schema of each collection, by the folder name under content/. */
export const schemas = {
  claims: claim,
  reports: report,
  people: person,
  countries: country,
  sanctions: sanction,
  events: event,
} as const;
export type CollectionName = keyof typeof schemas;
