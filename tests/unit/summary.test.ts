import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model';
import { whatHappened } from '../../src/lib/model/summary';
import { loadContent } from '../../src/lib/load/content';
import { CONTENT } from '../support/paths';

describe('whatHappened', () => {
  const content = loadContent(CONTENT);
  const site = buildModel(content);
  const text = whatHappened(site);

  it('is three or four sentences', () => {
    expect(text.length).toBeGreaterThanOrEqual(3);
    expect(text.length).toBeLessThanOrEqual(4);
    for (const s of text) expect(s).toMatch(/^[A-Z0-9].*\.$/);
  });
  it('gives the number freed and names everyone freed', () => {
    for (const r of content.reports) expect(text[0]).toContain(String(r.data.released.count));
    for (const p of content.people.filter((p) => p.data.group === 'freed')) expect(text[0]).toContain(p.data.name);
  });
  it('names each lifted sanction and who announced it', () => {
    for (const s of content.sanctions.filter((s) => s.data.status === 'lifted')) {
      const announcer = content.people.find((p) => p.id === s.data.change!.announcedBy)!;
      expect(text.join(' ')).toContain(`${s.data.title} were lifted, as ${announcer.data.name}`);
    }
  });
  it('says which reports give numbers when not all do', () => {
    const withCounts = new Set(
      content.countries.flatMap((c) => (c.data.destination ?? []).filter((f) => f.count !== undefined).map((f) => f.report)),
    );
    const outlets = content.reports.filter((r) => withCounts.has(r.id)).map((r) => r.data.outlet);
    expect(outlets.length).toBeGreaterThan(0);
    expect(outlets.length).toBeLessThan(content.reports.length);
    const named = new Intl.ListFormat(content.site.language, { type: 'conjunction' }).format(outlets);
    // After the release and one sentence per lifted sanction comes where the prisoners went.
    const lifted = content.sanctions.filter((s) => s.data.status === 'lifted').length;
    expect(text[1 + lifted]).toContain(`only ${named} ${outlets.length === 1 ? 'gives' : 'give'} numbers`);
  });
  it('follows the data when it changes', () => {
    const changed = structuredClone(content);
    changed.reports.forEach((r) => (r.data.released.count = 7));
    changed.sanctions.forEach((s) => (s.data.status = 'in-force'));
    const sentences = whatHappened(buildModel(changed));
    expect(sentences[0]).toContain('released 7 prisoners');
    expect(sentences.join(' ')).not.toContain('were lifted');
    expect(sentences.at(-1)).toContain(`${changed.sanctions.length} other sets of sanctions`);
  });
});
