/**
 * Issue 36: what a sighted reader sees twice. Each main page (the nav's pages
 * and every report) is loaded once at 1280 px and once at 375 px, every block
 * laid out, and the text a reader can see is read (tests/support/visible-text.ts:
 * rendered, not hidden, not transparent, not in a closed <details>, not
 * clipped away as .visually-hidden is). On that reading
 * (tests/support/reader-check.ts has the rules, tests/unit/reader-check.test.ts
 * proves them):
 *
 * - each figure the model displays shows once, a picture and its text
 *   alternative counting as one place (a link citing a section by its
 *   heading does not count: the heading counts where it shows);
 * - no note shows twice, and at most one is about the site's dating of the event;
 * - no paragraph (p, li, dd) of 30 characters or more shows twice;
 * - /compare/ asks each question once: no question twice, and no two claims
 *   citing the same sections.
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { NAV } from '../../src/lib/pages.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { buildModel, reportHref } from '../../src/lib/model/index.ts';
import { layOutEveryBlock } from '../support/laid-out-when-near.ts';
import { settled } from '../support/browser.ts';
import { REAL } from '../support/sites.ts';
import {
  claimRepeats,
  dateNotesBeyondOne,
  describeFigureRepeat,
  figureRepeats,
  naming,
  normalise,
  noteRepeats,
  paragraphRepeats,
  type Figure,
} from '../support/reader-check.ts';
import { readPage, type SectionName } from '../support/visible-text.ts';

const site = buildModel(loadContent(REAL.content));
const PATHS = [...NAV.map((p) => p.href), ...site.reports.map((r) => reportHref(r.id))];
const SECTIONS: SectionName[] = site.reports.flatMap((r) => r.sections.map((s) => ({ href: `${reportHref(r.id)}#${s.id}`, title: s.title })));

/**
 * The figures the model displays: each report's number for each destination
 * (src/lib/model/figures.ts), named by its country or one of its cities, and
 * the home page's and the summary's other key number (src/lib/model/key-facts.ts),
 * the sets of sanctions whose lifting was announced, named by sanctions and
 * their lifting. Not the number released, by choice: it is the event's
 * headline figure and in the site's name ("Belarus frees 123 prisoners"), which
 * heads every page, so any page that states it once more (the home page's key
 * numbers, a report's title and its first section) would fail for giving the
 * headline's number. The cost, honestly: a page that tells the released total
 * twice in its own text is not caught here.
 */
const FIGURES: Figure[] = [
  ...site.destinations.flatMap(({ country, figures }) => {
    const names = [country.data.name, ...figures.flatMap((f) => f.cities), ...(country.data.map?.cities ?? []).map((c) => c.name)];
    const counts = new Set(figures.flatMap((f) => (f.count === undefined ? [] : [f.count])));
    return [...counts].map((value) => ({ value, what: `${value} (${country.data.name})`, about: naming(names) }));
  }),
  {
    value: keyFacts(site).sanctionsLifted,
    what: `${keyFacts(site).sanctionsLifted} (sets of sanctions whose lifting was announced)`,
    about: /\bsanctions?\b[^]*\blift|\blift[^]*\bsanctions?\b/i,
  },
];

/**
 * A note about the site's dating of the event: one that gives site.yaml's
 * basis for the date, or an entry's note on a date (a report's `eventDate`,
 * a timeline event's `when`), or says in other words that a date is the site's own.
 */
const DATE_NOTES = [site.text.eventDate.basis, ...site.reports.map((r) => r.data.notes.eventDate?.note), ...site.events.map((e) => e.data.notes.when?.note)]
  .filter((t) => t !== undefined)
  .map(normalise);
const SITES_OWN_DATE = /\b(?:this|the) site['’]s own\b|\bthis site['’]s dating\b|\bthis site (?:dates|places|puts)\b/i;
const isDateNote = (note: string) => SITES_OWN_DATE.test(note) || DATE_NOTES.some((d) => note.includes(d));

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    for (const path of PATHS) {
      test(`${path}: each figure, note and paragraph once`, async ({ page }) => {
        await page.goto(path);
        await layOutEveryBlock(page);
        await settled(page);
        const reading = await page.evaluate(readPage, SECTIONS);
        const where = `${path} at ${width} px`;
        expect(reading.blocks.length, `${where}: no visible text read`).toBeGreaterThan(0);

        await test.step('each figure shows once (a picture and its text alternative as one)', () => {
          // A report's retelling and the corrections log are records, not the page telling a figure (Block.record).
          const telling = reading.blocks.filter((b) => !b.record);
          expect.soft(figureRepeats(telling, FIGURES).map(describeFigureRepeat), `${where}: figures shown twice`).toEqual([]);
        });
        await test.step('no note shows twice, and at most one dates the event', () => {
          expect.soft(noteRepeats(reading.notes), `${where}: notes shown twice`).toEqual([]);
          expect.soft(dateNotesBeyondOne(reading.notes, isDateNote), `${where}: more than one note on the site's dating`).toEqual([]);
        });
        await test.step('no paragraph shows twice', () => {
          expect.soft(paragraphRepeats(reading.paragraphs), `${where}: paragraphs shown twice`).toEqual([]);
        });
        if (path === '/compare/') {
          await test.step('each question asked once', () => {
            expect(reading.claims.map((c) => c.question), `${where}: the claims read`).toEqual(site.claims.map((c) => normalise(c.data.question)));
            expect.soft(claimRepeats(reading.claims), `${where}: questions asked twice`).toEqual([]);
          });
        }
      });
    }
  });
}

test('the reading takes only what a sighted reader sees, and a picture with its alternative as one place', async ({ page }) => {
  await page.setContent(`
    <base href="http://localhost/">
    <style>.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }</style>
    <p>Shown: 114 taken to Ukraine.</p>
    <p style="display: none">Not rendered: 114 taken to Ukraine.</p>
    <p style="visibility: hidden">Invisible: 114 taken to Ukraine.</p>
    <p style="opacity: 0">Transparent: 114 taken to Ukraine.</p>
    <p class="visually-hidden">Clipped away: 114 taken to Ukraine.</p>
    <p style="clip-path: inset(50%)">Clipped by a path: 114 taken to Ukraine.</p>
    <p style="position: absolute; clip: rect(0 0 0 0)">Clipped by a rectangle: 114 taken to Ukraine.</p>
    <p style="height: 0; overflow: hidden; margin: 0">Of no height: 114 taken to Ukraine.</p>
    <p style="font-size: 0">Of no size: 114 taken to Ukraine.</p>
    <details><summary>The figures as text</summary><ul><li>Closed: 114 taken to Ukraine.</li></ul></details>
    <details open><summary>Open</summary><ul><li>Open: shown.</li></ul></details>
    <figure>
      <svg role="img" viewBox="0 0 200 40" width="200" height="40"><title>A map</title>
        <foreignObject class="picture-label" width="100%" height="20">Ukraine 114</foreignObject></svg>
      <figcaption><table><tr><th>Ukraine</th><td>114 prisoners</td></tr></table></figcaption>
    </figure>
    <svg role="img" aria-describedby="chart-figures" viewBox="0 0 200 20" width="200" height="20">
      <foreignObject class="picture-label" width="100%" height="20">Al Jazeera: 9</foreignObject></svg>
    <ul id="chart-figures" class="visually-hidden"><li>Lithuania, Al Jazeera: 9</li></ul>
    <p><strong>Two</strong> <span>words</span> and a<span style="display: block">box</span></p>
    <p>A section cited: <a href="/reports/r/#s">R, “114 prisoners received in Ukraine”</a>.</p>
    <ul><li><p>A paragraph in a list item with nothing else, read once.</p></li></ul>
    <span class="editors-note" role="note"><a>Editor’s note</a> This site dates the event 13 December. <span>Basis: the brief.</span></span>
    <p>Told so. <span class="credit">Editor’s note. Basis: the brief.</span></p>
  `);
  const reading = await page.evaluate(readPage, [{ href: '/reports/r/#s', title: '114 prisoners received in Ukraine' }]);
  const texts = reading.blocks.filter((b) => b.visible).map((b) => b.text);
  expect(texts).toContain('Shown: 114 taken to Ukraine.');
  expect(texts).toContain('Open: shown.');
  expect(texts).toContain('The figures as text');
  expect(texts.join(' ')).not.toMatch(/Not rendered|Invisible|Transparent|Clipped|Of no height|Of no size|Closed/);
  // The picture's label and its table are one picture's blocks; the title, not drawn, is read with them, not as seen.
  expect(reading.blocks.filter((b) => b.picture === 'A map').map((b) => [b.tag, b.text, b.visible])).toEqual([
    ['title', 'A map', false],
    ['picture label', 'Ukraine 114', true],
    ['tr', 'Ukraine 114 prisoners', true],
  ]);
  // A picture alone, and its alternative elsewhere, tied to it.
  expect(reading.blocks.filter((b) => b.picture === 'svg').map((b) => [b.tag, b.text, b.visible])).toEqual([
    ['picture label', 'Al Jazeera: 9', true],
    ['li', 'Lithuania, Al Jazeera: 9', false],
  ]);
  // Words in two elements keep the space between them; text in two boxes reads as two words.
  expect(texts).toContain('Two words and a box');
  expect(reading.blocks.find((b) => b.text.startsWith('A section cited'))!.cites).toEqual(['114 prisoners received in Ukraine']);
  expect(reading.paragraphs.filter((p) => p.startsWith('A paragraph in a list item'))).toHaveLength(1);
  expect(reading.notes).toEqual(['Editor’s note This site dates the event 13 December. Basis: the brief.', 'Editor’s note. Basis: the brief.']);

  // On this reading: 114 shows twice (the paragraph and the map), nine once (the chart); the citation is no place.
  const figures = [
    { value: 114, what: '114 (Ukraine)', about: naming(['Ukraine']) },
    { value: 9, what: '9 (Lithuania)', about: naming(['Lithuania']) },
  ];
  expect(figureRepeats(reading.blocks, figures).map(describeFigureRepeat)).toEqual([
    '114 (Ukraine) shows in 2 places: p «Shown: 114 taken to Ukraine.»; the picture “A map”: «Ukraine 114» + «Ukraine 114 prisoners»',
  ]);
});
