/**
 * Where a report is not consistent with itself, as built, in both builds: on the report's page, near
 * its key points, each tension with links to the sections its passages are in; on /compare/, every
 * report's, each under its outlet, after the claims and before the spellings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { reportsInTension, tensionsOf } from '../../src/lib/model/tensions.ts';
import { builtDist, SITES } from '../support/sites.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(SITES)('the tensions of $name', (built) => {
  const dist = builtDist(built);
  const site = buildModel(loadContent(built.content));
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  it.each(site.reports.map((r) => [r.id, r]))("/reports/%s/ shows the report's tensions after its key points, with their sections", (_, report) => {
    const tensions = tensionsOf(site, report as (typeof site.reports)[number]);
    const html = page(`reports/${(report as (typeof site.reports)[number]).id}`);
    const block = html.querySelector('article .tensions');
    if (!tensions.length) return expect(block).toBeNull();
    expect(block!.previousElementSibling?.classList.contains('key-points')).toBe(true);
    const items = block!.querySelectorAll('li');
    expect(items.map((li) => flat(li.textContent))).toEqual(tensions.map((t) => expect.stringContaining(flat(t.text))));
    items.forEach((li, i) => expect(li.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(tensions[i].citations.map((c) => c.href)));
  });

  it('/compare/ lists every report’s tensions under its outlet, between the claims and the spellings', () => {
    const compare = page('compare');
    const block = compare.querySelector('.tensions');
    const listed = reportsInTension(site);
    if (!listed.length) return expect(block).toBeNull();
    // After the last group of claims (src/lib/model/claim-groups.ts).
    expect(block!.previousElementSibling?.classList.contains('claim-group')).toBe(true);
    const text = flat(block!.textContent);
    for (const { report, tensions } of listed) {
      expect(text).toContain(report.data.outlet);
      for (const t of tensions) expect(text).toContain(flat(t.text));
    }
  });
});
