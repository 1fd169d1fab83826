/**
 * Every page of both shared builds (the real content and the second event),
 * each loaded ONCE, as a reader's browser gets it from the host (scripts/serve.ts,
 * with the headers of _headers), and everything checked on that one load:
 *
 * - the headers: its own strict CSP (the page's <meta> policy, hashes and all),
 *   HSTS, CORP and the rest;
 * - a clean load: no console error, page error, CSP violation, failed,
 *   refused or third-party request; and no change to the page by its scripts
 *   as it loads, each a style and layout pass on the main thread;
 * - a title, a description, one h1, a canonical URL on the site's own origin,
 *   a CSP without 'unsafe-inline', and a share card: a 1200×630 PNG, served;
 * - what the page must show, from the model: a report's sections and table of
 *   contents and the link and copy control of each heading and quotation, a
 *   person's spellings, mentions and claims, the summary's QR code, the home
 *   page's key numbers in their figures' words, the sentence on those named as
 *   freed but not counted, and where a report is not consistent with itself;
 * - the type: every text on screen in one of global.css's five fonts (size, weight, no italic);
 * - axe (WCAG 2.0, 2.1 and 2.2, A and AA, and best practices) in the light
 *   scheme, then, on the same page, its colour rules in the dark one;
 * - printing (a PDF read back: pages, text, font sizes; a PNG of the first
 *   page under test-results/print*);
 * - no sideways scrolling at 375 px with the browser's default text size doubled;
 * - no word split across lines in a table cell at 320 px;
 * - no sideways scrolling at 320 px, even with a long unbroken name and URL
 *   written into every text of the page (last: it changes the page).
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pagePolicy } from '../../src/integrations/security-headers.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel, type SiteModel } from '../../src/lib/model/index.ts';
import { formatDate } from '../../src/lib/model/dates.ts';
import { pagePaths } from '../../src/lib/model/page-meta.ts';
import { movedPaths } from '../../src/lib/model/moved.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { alsoNamedAsFreed, sentenceText } from '../../src/lib/model/front-page.ts';
import { reportsInTension, tensionsOf } from '../../src/lib/model/tensions.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { builtPages } from '../../scripts/lib/site-links.ts';
import { axeViolations } from '../support/axe.ts';
import { layOutEveryBlock } from '../support/laid-out-when-near.ts';
import { COMMON_HEADERS as COMMON, watch } from '../support/browser.ts';
import { readPdf } from '../support/pdf.ts';
import { SITES, builtDist, type BuiltSite } from '../support/sites.ts';


/** Text that belongs to the screen only: navigation and controls. */
const SCREEN_ONLY = ['Skip to content', 'Copy link', 'Section titled', 'In this report', 'Print a one-page summary', 'Print this summary'];

/** A page as the tests see it: its build, its address, and the model it was built from. */
interface Visit {
  site: BuiltSite;
  model: SiteModel;
  path: string;
  page: Page;
  request: APIRequestContext;
}

for (const site of SITES) {
  const dist = builtDist(site);
  const model = buildModel(loadContent(site.content));
  // Not a report's old address: its script sends the reader on before anything here could be checked on it
  // (tests/browser/moved-reports.spec.ts follows it; tests/built/ reads its HTML, as every page's).
  const moved = movedPaths(model);
  const paths = builtPages(dist)
    .map((p) => p.url)
    .filter((p) => !moved.has(p));

  test.describe(`${site.name}`, () => {
    test('has every page a reader needs', () => {
      // Every page the model implies (the 404 page built as /404.html): the share cards are drawn from the same list.
      const expected = pagePaths(model).map((p) => (p === '/404/' ? '/404.html' : p));
      expect(paths.sort()).toEqual(expected.sort());
    });

    for (const path of paths) {
      test(`${path}: headers, a clean load, metadata, what it shows, axe in both schemes, print, 320 px`, async ({ page, request }) => {
        await onePage({ site, model, path, page, request });
      });
    }
  });
}

async function onePage(visit: Visit) {
  const { site, path, page } = visit;
  const origin = `http://localhost:${site.port}`;
  const is404 = path === '/404.html';
  const problems = await watch(page, origin);
  await page.addInitScript(recordChangesAfterParsing);
  const response = await page.goto(`${origin}${is404 ? '/no-such-page/' : path}`);

  await test.step('served with its own strict CSP, HSTS and CORP', () => {
    const headers = response!.headers();
    expect(headers).toMatchObject(COMMON);
    // The header states the page's own <meta> policy, hashes and all, and what only a header can say.
    const file = join(site.dist, path.endsWith('/') ? `${path}index.html` : path);
    const policy = headers['content-security-policy'];
    expect(policy).toBe(pagePolicy(readFileSync(file, 'utf8')));
    expect(policy).toMatch(/^default-src 'self';.* script-src 'self'.*; frame-ancestors 'none'$/);
    expect(policy).not.toContain('unsafe-inline');
    expect(headers['permissions-policy']).not.toContain('interest-cohort');
  });

  await test.step('loads with no error, violation, failed or third-party request', () => {
    // The 404 page's own status is the one error there (Chromium logs it too).
    const expected = is404 ? [`404: ${origin}/no-such-page/`, expect.stringMatching(/^console: .*status of 404/)] : [];
    expect([...problems].sort()).toEqual(expected);
  });

  await test.step('its scripts change nothing in the page as it loads, nor once it is idle', async () => {
    // Each change would be a style and layout pass on the main thread after the first paint (Total Blocking Time).
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => requestIdleCallback(idle))));
    expect(await page.evaluate(() => (window as unknown as ChangeLog).changesAfterParsing)).toEqual([]);
  });

  if (is404) {
    await test.step('an unknown address gets the 404 page', async () => {
      expect(response!.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'The reports' })).toHaveAttribute('href', '/reports/');
    });
  } else {
    await test.step('a title, a description, one h1, a canonical URL and a CSP', () => metadata(visit, response!.status()));
    await test.step('a share card: a 1200×630 PNG on its own origin, with the large-image Twitter card', () => shareCard(visit));
  }
  await test.step('shows what the model says it shows', () => pageSpecific(visit));
  await test.step('sets its text in the five fonts of global.css', () => fiveFonts(visit));

  await test.step('axe: no violation in the light scheme, nor in the dark', async () => {
    expect(await axeViolations(page), 'light').toEqual([]);
    // The dark scheme changes colours only (tests/built/colour-schemes.test.ts): its colour rules, again.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'colours'), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  if (!is404) await test.step('prints clean', () => printed(visit));

  // A reader may double the browser's default text size (WCAG 1.4.4): on a phone the page still reflows.
  // Every block is laid out first: one skipped at load clips what overflows it instead of scrolling.
  await test.step('at 375 px with the default text size doubled (32 px): no sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await layOutEveryBlock(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    const wide = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        // A wide table and the header's links scroll in their own box, and a picture clips its drawing.
        .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5 && !e.parentElement!.closest('.wide-table, .site-nav, svg'))
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}: “${e.textContent!.trim().slice(0, 40)}”`),
    );
    expect(wide, path).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
    await cdp.detach();
  });

  await test.step('at 320 px: no sideways scrolling, every table in a WideTable with no word split, and none with a long unbroken string in every text', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = () => page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    const [scroll, viewport] = await overflow();
    expect(scroll, path).toBeLessThanOrEqual(viewport);
    // Every table in a box of its own that scrolls should it be too wide (src/components/WideTable.astro).
    await expect(page.locator('table:not(.wide-table > table)')).toHaveCount(0);
    // No table cell splits a word across lines (at a hyphen is a line break, not a split): a table too wide scrolls in its own box.
    const split = await page.locator('main :is(th, td)').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const words: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) words.push(word[0]);
          }
        }
        return words;
      }),
    );
    expect(split, `${path}: words split in table cells at 320 px`).toEqual([]);
    // The longest a name may be (80 characters, src/lib/load/schemas.ts) with no space, and a long URL in a sentence.
    const name = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessen';
    const url = `https://example.org/${'a-very-long-path-segment-'.repeat(8)}`;
    // Every text node of the page's content, headings, tables and cards included, gets both strings.
    await page.evaluate(
      ([name, url]) => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Buttons' labels and <dt> terms are the site's own words, not content; cells kept on one line by
          // design (white-space: nowrap) hold a number or a date. The chart's SVG labels do not
          // wrap: DestinationChart has to shorten a long name itself.
          const parent = node.parentElement!;
          if (parent.closest('button, dt, script, style, svg') || getComputedStyle(parent).whiteSpace === 'nowrap') continue;
          if (node.textContent!.trim().length > 3) node.textContent = `${name} ${node.textContent} ${url}`;
        }
      },
      [name, url],
    );
    const [longScroll, longViewport] = await overflow();
    expect(longScroll, `${path} with long strings`).toBeLessThanOrEqual(longViewport);
  });
}

type ChangeLog = { changesAfterParsing: string[] };

/**
 * Run in the page before its own scripts (page.addInitScript): from the end of parsing, when the
 * page's scripts start to run, every change to the page's elements is logged in `changesAfterParsing`.
 */
function recordChangesAfterParsing() {
  const changes: string[] = [];
  (window as unknown as ChangeLog).changesAfterParsing = changes;
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    new MutationObserver((records) => {
      for (const { type, target, attributeName } of records) changes.push(`${type} ${target.nodeName} ${attributeName ?? ''}`.trim());
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function metadata({ page, path }: Visit, status: number) {
  expect(status).toBe(200);
  expect((await page.title()).trim()).not.toBe('');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/\w{3,}/);
  await expect(page.locator('h1')).toHaveCount(1);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\//);
  expect(new URL(canonical!).pathname).toBe(path);
  expect(new URL(canonical!).origin).not.toBe(new URL(page.url()).origin);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toContain('unsafe-inline');
}

async function shareCard({ page, path, request }: Visit) {
  const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
  const image = (await meta('og:image'))!;
  expect(image, path).toMatch(/^https?:\/\//);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(image).origin, `${path}: same origin`).toBe(new URL(canonical!).origin);
  expect(await meta('og:image:width')).toBe('1200');
  expect(await meta('og:image:height')).toBe('630');
  expect((await meta('og:image:alt'))?.length, `${path}: alt text`).toBeGreaterThan(0);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

  const response = await request.get(new URL(new URL(image).pathname, page.url()).href);
  expect(response.status(), `${path}: ${image}`).toBe(200);
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1'), `${path}: a PNG`).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${path}: its size`).toEqual([1200, 630]);
}

/** The checks that belong to one kind of page: a report, a person, the home page, the summary. */
async function pageSpecific({ model, path, page, request }: Visit) {
  const report = model.reports.find((r) => path === `/reports/${r.id}/`);
  const person = model.people.find((p) => path === `/people/${p.id}/`);

  if (path === '/' || report) {
    // The link is not printed: see printed().
    await expect(page.getByRole('link', { name: 'Print a one-page summary' })).toHaveAttribute('href', '/summary/');
  }

  if (path === '/') {
    // Each destination's count in its figure's own words, with the figure's credit.
    for (const d of keyFacts(model).destinations) {
      await expect(page.locator('.figures li', { hasText: `${d.count} ${d.label}` })).toContainText(d.citation.attribution);
    }
  }

  if (path === '/summary/') {
    // Those a report calls freed without counting them: the model's one sentence, its silence said as silence. The
    // home page says it once, among the differences (site.yaml), not again under the people.
    for (const sentence of alsoNamedAsFreed(model)) await expect(page.locator('main')).toContainText(sentenceText(sentence));
  }

  // Where a report is not consistent with itself: on its page beside its key points, and every report's on /compare/.
  const tensions = report ? tensionsOf(model, report) : path === '/compare/' ? reportsInTension(model).flatMap((r) => r.tensions) : [];
  await expect(page.locator('.tensions li')).toHaveCount(tensions.length);
  for (const [i, t] of tensions.entries()) {
    const item = page.locator('.tensions li').nth(i);
    await expect(item).toContainText(t.text);
    expect(await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(t.citations.map((c) => c.href));
  }

  if (report) {
    // Every section, in order, each listed in the table of contents.
    const ids = await page.locator('.report-body :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(report.sections.map((s) => s.id));
    const toc = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(toc).toEqual(report.sections.map((s) => `#${s.id}`));
    await expect(page.locator('a[href="/compare/"]').first()).toBeVisible();

    // Every section has a focusable link named after it.
    for (const section of report.sections) {
      const link = page.locator(`a.anchor-link[href="#${section.id}"]`);
      await expect(link).toHaveCount(1);
      // The heading's text content: its innerText is empty while the block it is in is not laid out yet (render-children-when-near).
      const heading = (await page.locator(`#${section.id}`).textContent())!.replace(/\s+/g, ' ').trim();
      await expect(link).toHaveAccessibleName(`Section titled ${heading}`);
      await link.focus();
      await expect(link).toBeFocused();
      await expect(link).toHaveCSS('opacity', '1');
    }
    // Every quotation has a focusable link, named after its speaker and words, and a copy control.
    for (const q of report.sections.flatMap((s) => s.quotations)) {
      const link = page.locator(`#${q.id} a.anchor-link[href="#${q.id}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAccessibleName(/^Quotation by .+: “.+”$/);
      await link.focus();
      await expect(link).toHaveCSS('opacity', '1');
      await expect(page.locator(`#${q.id} a.anchor-link + button.copy-link`)).toHaveAccessibleName(/^Copy link to “.+: “.+””$/);
    }
    // Each quotation's link is told apart from the others by its name.
    const names = await page.locator('.quote a.anchor-link').evaluateAll((as) => as.map((a) => a.textContent));
    expect(new Set(names).size).toBe(names.length);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  if (person) {
    for (const spelling of [person.data.name, ...person.data.aliases]) {
      await expect(page.locator('.facts li', { hasText: spelling }).first()).toBeVisible();
    }
    // Links to sections that exist.
    const mentions = await page.locator('.mentions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(mentions.length).toBeGreaterThan(0);
    for (const href of mentions) {
      const [target, id] = href.split('#');
      const cited = model.reports.find((r) => target === `/reports/${r.id}/`);
      expect(cited?.sections.map((s) => s.id), href).toContain(id);
      expect((await request.get(new URL(target, page.url()).href)).status()).toBe(200);
    }
    // And to the claims about them, in the claims' order.
    const claims = await page.locator('.claims a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(claims).toEqual(
      model.claims
        .filter((c) => c.data.people.includes(person.id))
        .sort((a, b) => a.data.order - b.data.order)
        .map((c) => `/compare/#${c.id}`),
    );
  }

  if (path === '/summary/') {
    // On paper only: on screen the reader is already on the site.
    await page.emulateMedia({ media: 'print' });
    const qr = page.getByRole('img', { name: /^QR code of https?:\/\// });
    await expect(qr).toBeVisible();
    await expect(qr.locator('svg path').first()).toBeAttached();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await qr.getAttribute('aria-label')).toBe(`QR code of ${new URL('/', canonical!).href}`);
    await page.emulateMedia({ media: null });
  }
}

/**
 * The five fonts global.css allows, as a size token and a weight; none is italic. Each other
 * size, weight or style is one more font the browser sets up before the first paint.
 */
const FONTS = [
  ['--text-small', '400'],
  ['--text-body', '400'],
  ['--text-body', '700'],
  ['--text-h2', '700'],
  ['--text-h1', '700'],
] as const;

/**
 * Every text on screen in one of the five fonts, its size resolved at this width. The
 * pictures' labels too: they are HTML in the body's font, scaled (PictureLabel).
 */
async function fiveFonts({ page, path }: Visit) {
  const offFonts = await page.evaluate((fonts) => {
    const probe = document.body.appendChild(document.createElement('span'));
    const allowed = new Set(fonts.map(([token, weight]) => ((probe.style.fontSize = `var(${token})`), `${getComputedStyle(probe).fontSize} ${weight} normal`)));
    probe.remove();
    const off = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || parent.closest('script, style') || !parent.checkVisibility()) continue;
      const { fontSize, fontWeight, fontStyle } = getComputedStyle(parent);
      const font = `${fontSize} ${fontWeight} ${fontStyle}`;
      if (!allowed.has(font)) off.add(`${font}: <${parent.localName} class="${parent.className}"> “${node.textContent!.trim().slice(0, 30)}”`);
    }
    return [...off];
  }, FONTS);
  expect(offFonts, path).toEqual([]);
}

/** The page as Chromium prints it, read back; a PNG of its first page is kept for review. */
async function printPdf({ site, path, page }: Visit, format: 'A4' | 'Letter') {
  const pdf = readPdf(await page.pdf({ format }));
  // One folder of previews per build, so that the second event's do not replace the real site's.
  const folder = join(ROOT, 'test-results', basename(site.dist) === 'dist' ? 'print' : `print-${basename(site.dist)}`);
  mkdirSync(folder, { recursive: true });
  const name = `${path.replace(/\/$/, '').replace(/^\//, '').replaceAll('/', '-') || 'home'}-${format}.png`;
  writeFileSync(join(folder, name), pdf.firstPagePng(1.5));
  return pdf;
}

async function printed(visit: Visit) {
  const { model, path } = visit;
  const report = model.reports.find((r) => path === `/reports/${r.id}/`);

  if (path === '/summary/') {
    // On one page, A4 or US Letter, with the key facts.
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printPdf(visit, format);
      expect(pdf.pages, format).toBe(1);
      const text = pdf.text.replace(/\s+/g, ' ');
      for (const r of model.reports) {
        expect(text).toContain(`${r.data.released.count} freed`);
        expect(text).toContain(r.data.outlet);
        expect(text).toContain(r.data.title.replace(/\s+/g, ' ').slice(0, 30));
      }
      // Each report's figure for each country (one per report and country: see src/lib/model/figures.ts).
      const counted = model.destinations.flatMap((d) => d.figures.filter((f) => f.count !== undefined).map((f) => ({ d, f })));
      expect(counted.length).toBeGreaterThan(0);
      // Each figure once, in the table of where they went, in its country's row.
      for (const { d, f } of counted) expect(text).toMatch(new RegExp(`${RegExp.escape(d.country.data.name)}.*${f.count} prisoner`));
      for (const p of model.people.filter((p) => p.data.group === 'freed')) expect(text).toContain(p.data.name);
      for (const s of model.sanctions) expect(text).toContain(s.data.title);
      expect(text).toContain(formatDate(model.text.eventDate.date));
      expect(text).toMatch(/https?:\/\/\S+\//);
      for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);
      // Body text at 10 pt or larger; only the page's address line above it may be smaller.
      const small = pdf.lines.filter((l) => l.size < 10 && !/^https?:\/\//.test(l.text));
      expect(small.map((l) => `${l.size}pt: ${l.text}`), format).toEqual([]);
    }
  } else if (report) {
    // On at most three A4 pages, opening with its key points.
    const pdf = await printPdf(visit, 'A4');
    expect(pdf.pages).toBeLessThanOrEqual(3);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);
    const firstPage = text.slice(0, text.indexOf(report.data.keyPoints.at(-1)!.text.slice(0, 40)));
    expect(firstPage).toContain('Key points');
    expect(pdf.lines[0].text).toMatch(new RegExp(`^https?://\\S+/reports/${report.id}/`));
  } else {
    // Clean, with its address at the top.
    const pdf = await printPdf(visit, 'A4');
    for (const screenOnly of SCREEN_ONLY) expect(pdf.text).not.toContain(screenOnly);
    expect(pdf.lines[0].text).toMatch(/^https?:\/\/\S+ · /);
    expect(pdf.lines[0].text).toContain(path);
    expect(Math.min(...pdf.lines.map((l) => l.size))).toBeGreaterThanOrEqual(9);
  }
}
