/**
 * The components a report's MDX may use: the one list that the load step's
 * reader (./report-body.ts), the markup check (../check/markup.ts) and the
 * report page's component map all follow. To add one: add it here with the
 * attributes it takes, say what the reader keeps of it in report-body.ts, and
 * give the report page its .astro component (CONTRIBUTING.md, "Add a component").
 */
export const REPORT_COMPONENTS = {
  /** A name, linked to the person's page: the reader lists who each section names. */
  Person: { attributes: ['id'], usage: '<Person id="…">' },
  /** A quotation, word for word: the reader keeps its words, speaker, id and line for the quotation checks. */
  Quote: { attributes: ['id', 'by', 'source'], usage: '<Quote id="…" by="…"> (or source="…")' },
  /** An aside on how another report tells it: the reader keeps the section it points to. */
  OtherReport: { attributes: ['report', 'section'], usage: '<OtherReport report="…" section="…">' },
  /**
   * A sentence or paragraph and the source words it rests on (`evidence`, several
   * passages joined by " | "), or an editor's `basis`: the reader keeps both for
   * the evidence checks (../check/evidence/); the page shows the words alone.
   */
  Statement: { attributes: ['evidence', 'basis'], usage: '<Statement evidence="…"> (or basis="…")' },
} as const satisfies Record<string, { attributes: readonly string[]; usage: string }>;

export type ReportComponent = keyof typeof REPORT_COMPONENTS;

export const isReportComponent = (name: string): name is ReportComponent => Object.hasOwn(REPORT_COMPONENTS, name);

/** How to write every component, for messages. */
export const COMPONENT_USAGE = Object.values(REPORT_COMPONENTS)
  .map((c) => c.usage)
  .join(', ');
