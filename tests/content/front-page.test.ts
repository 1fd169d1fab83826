/**
 * What the home page and the summary put first (src/lib/model/front-page.ts), on the real content and
 * variants of it: the people a report calls freed without counting them among the freed are named
 * with the reports that name them, and the reports' silence on whether they were counted is said as
 * silence, never as "not among" them.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/index.ts';
import { alsoNamedAsFreed, countedAmongFreed, sentenceText } from '../../src/lib/model/front-page.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const real = buildModel(loadContent(CONTENT));

describe('alsoNamedAsFreed', () => {
  const counted = countedAmongFreed(real);
  const uncounted = real.people.filter((p) => p.data.group === 'freed' && !counted.has(p.id));
  const sentences = alsoNamedAsFreed(real);

  it('has someone a report calls freed without counting, so this can fail', () => expect(uncounted.length).toBeGreaterThan(0));

  it('names each of them once, in a sentence with the outlets whose reports name them and their count of the freed', () => {
    const named = sentences.flatMap((parts) => parts.filter((p) => typeof p !== 'string'));
    expect(named.map((p) => p.id).sort()).toEqual(uncounted.map((p) => p.id).sort());
    for (const parts of sentences) {
      const text = sentenceText(parts);
      for (const person of parts.filter((p) => typeof p !== 'string')) {
        const naming = [...new Set(real.mentionsOf(person.id).map((m) => m.report))].map((id) => real.get('reports', id));
        for (const r of naming) {
          expect(text, person.id).toContain(r.data.outlet);
          expect(text, person.id).toContain(`among the ${r.data.released.count}`);
        }
      }
    }
  });

  it('says the reports are silent on whether they were counted, and does not say they were not', () => {
    for (const parts of sentences) {
      const text = sentenceText(parts);
      expect(text).toMatch(/does not say whether|do not say whether/);
      expect(text).not.toMatch(/\bnot among\b|without (being )?counted|without counting/);
    }
  });

  it('speaks of several reports in the plural', () => {
    const c = structuredClone(loadContent(CONTENT));
    const [person] = uncounted;
    const copy = { ...c.reports[0], id: 'copy', data: { ...c.reports[0].data, outlet: 'Another Outlet' } };
    c.reports.push(copy);
    const naming = c.reports.find((r) => r.body.sections.some((s) => s.ownPeople.includes(person.id)))!;
    copy.body = naming.body;
    const text = alsoNamedAsFreed(buildModel(c)).map(sentenceText).find((t) => t.includes(person.data.name))!;
    expect(text).toContain('Another Outlet');
    expect(text).toMatch(/ also name .* they do not say whether/);
  });
});
