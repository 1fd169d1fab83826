/**
 * For tests that change a report's MDX as an editor would: the loader reads a
 * report file once, to a tree (src/lib/load/report-body.ts), so a test edits
 * the file's text and has it read again the same way, leaving the file alone.
 */
import { readFileSync } from 'node:fs';
import type { ReportEntry } from '../../src/lib/load/content.ts';
import { readReportFile } from '../../src/lib/load/report-body.ts';

/** The report file's text, split after its frontmatter's closing `---` line. */
export function fileParts(report: ReportEntry): { frontmatter: string; body: string } {
  const text = readFileSync(report.filePath, 'utf8');
  const end = text.indexOf('\n---\n', 3) + '\n---\n'.length;
  return { frontmatter: text.slice(0, end), body: text.slice(end) };
}

/** The report's MDX body as the file holds it. */
export const bodyOf = (report: ReportEntry) => fileParts(report).body;

/** Replaces the loaded report's body with `edit` of the file's body, read as the loader reads it. */
export function editBody(report: ReportEntry, edit: (body: string) => string) {
  const { frontmatter, body } = fileParts(report);
  report.body = readReportFile(frontmatter + edit(body)).body;
}
