/**
 * Who says what, where it can be checked mechanically against the source
 * texts: a section is credited to another outlet exactly when it retells a
 * paragraph the report itself credits to that outlet ("As BBC News reported,
 * …"), and the site names that outlet nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attributionOf, creditsOf } from '../../src/lib/model/attribution.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
const site = buildModel(content);
const escape = RegExp.escape;

const words = (s: string) => s.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const bigrams = (s: string) => {
  const w = words(s);
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};
/** How much of a source paragraph a section retells: shared word pairs. */
const overlap = (section: string, paragraph: string) => {
  const p = bigrams(paragraph);
  return [...bigrams(section)].filter((b) => p.has(b)).length;
};


describe('attributionOf', () => {
  it('credits the outlet, or the outlet citing another for a credited section', () => {
    const report = { data: { outlet: 'Washington Insider', credits: [{ outlet: 'BBC News', sections: ['release'] }] } };
    expect(attributionOf(report, 'release')).toBe('Washington Insider, citing BBC News');
    expect(attributionOf(report, 'engagement')).toBe('Washington Insider');
    expect(attributionOf({ data: { outlet: 'Al Jazeera' } }, 'release')).toBe('Al Jazeera');
  });

  it.each(site.reports)('every citation of $id says who makes the statement', (report) => {
    for (const section of report.sections) {
      const c = site.cite({ report: report.id, section: section.id });
      const cited = creditsOf(report, section.id);
      expect(c.attribution).toBe(cited.length ? `${report.data.outlet}, citing ${cited.join(' and ')}` : report.data.outlet);
    }
  });
});

describe.each(site.reports)('credits in $filePath', (report) => {
  const text = report.sourceText;
  const paragraphs = text.split('\n').filter((p) => p.trim());
  const sections = report.sections.filter((s) => s.prose.trim());
  const bestSection = (paragraph: string) =>
    [...sections].sort((a, b) => overlap(b.prose, paragraph) - overlap(a.prose, paragraph))[0];

  it('credits only sections that exist, to outlets the report itself names as its source', () => {
    for (const credit of report.data.credits) {
      for (const s of credit.sections) expect(sections.map((x) => x.id), `${credit.outlet}: ${s}`).toContain(s);
      const named = new RegExp(`As ${escape(credit.outlet)} reported|told (?:the )?${escape(credit.outlet)}`);
      expect(text, `${report.data.sourceFile} never credits ${credit.outlet}`).toMatch(named);
    }
  });

  it('credits the section that retells each paragraph the report credits to another outlet', () => {
    for (const paragraph of paragraphs) {
      const outlet = /^As (.+?) reported,/.exec(paragraph)?.[1];
      if (!outlet) continue;
      expect(creditsOf(report, bestSection(paragraph).id), `${bestSection(paragraph).id} retells “${paragraph.slice(0, 50)}…”`).toContain(outlet);
    }
  });

  it('credits no section whose source paragraphs do not name the outlet', () => {
    for (const credit of report.data.credits) {
      for (const sectionId of credit.sections) {
        const retold = paragraphs.filter((p) => bestSection(p).id === sectionId);
        expect(retold.length, `${sectionId} retells no paragraph`).toBeGreaterThan(0);
        expect(retold.some((p) => p.includes(credit.outlet)), `${sectionId} is credited to ${credit.outlet}, but none of ${retold.length} paragraph(s) it retells names it`).toBe(true);
      }
    }
  });

  it('names a credited outlet in its body only in the sections credited to it', () => {
    for (const credit of content.reports.flatMap((r) => r.data.credits)) {
      for (const section of sections) {
        if (!section.prose.includes(credit.outlet.split(' ')[0])) continue;
        expect(creditsOf(report, section.id), `section ${section.id} names ${credit.outlet}`).toContain(credit.outlet);
      }
    }
  });
});

describe('the site names a relayed outlet only where it cites a section credited to it', () => {
  const credited = content.reports.flatMap((r) => r.data.credits.map((c) => ({ report: r.id, ...c })));
  const outlets = [...new Set(credited.map((c) => c.outlet))];
  const dataFiles = ['people', 'countries', 'sanctions', 'claims', 'events'].flatMap((collection) =>
    content[collection as 'people'].map((e) => ({ ...e, text: readFileSync(e.filePath, 'utf8') })),
  );

  it('has credits to check', () => expect(outlets.length).toBeGreaterThan(0));

  it.each(outlets)('%s', (outlet) => {
    // The outlet's own name ("BBC" of "BBC News", "Reuters"), as a reader would see it.
    const name = outlet.split(' ')[0];
    const sectionsOf = credited.filter((c) => c.outlet === outlet).flatMap((c) => c.sections.map((s) => `${c.report}#${s}`));
    for (const file of dataFiles.filter((f) => f.text.includes(name))) {
      const cited = [...file.text.matchAll(/report: ([\w-]+), section: ([\w-]+)|report: ([\w-]+)\n\s+section: ([\w-]+)/g)].map(
        (m) => `${m[1] ?? m[3]}#${m[2] ?? m[4]}`,
      );
      expect(cited.some((c) => sectionsOf.includes(c)), `${file.filePath} names ${name} but cites no section credited to ${outlet}`).toBe(true);
    }
  });

  it('no template in src/ names a credited outlet: who cites whom comes from the data', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    for (const file of files(join(ROOT, 'src')).filter((f) => f.endsWith('.astro'))) {
      const text = readFileSync(file, 'utf8');
      for (const outlet of outlets) expect(text.includes(outlet.split(' ')[0]), `${file} names ${outlet}`).toBe(false);
    }
  });
});
