/**
 * /compare/ as built, in both builds: the reports silent on a claim are named
 * once for its group of claims (src/lib/model/claim-groups.ts), never in a note
 * on each claim, and no paragraph of the page is printed twice (the reader
 * check's rule, tests/support/reader-check.ts, read here from the HTML).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { claimGroups } from '../../src/lib/model/claim-groups.ts';
import { builtDist, SITES } from '../support/sites.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The shortest paragraph the reader check counts (PARAGRAPH_AT_LEAST on branch readercheck). */
const PARAGRAPH_AT_LEAST = 30;

describe.each(SITES)('/compare/ of $name', (built) => {
  const site = buildModel(loadContent(built.content));
  const groups = claimGroups(site);
  const html = parse(readFileSync(join(builtDist(built), 'compare', 'index.html'), 'utf8'));
  const main = html.querySelector('main')!;

  it('shows the claims group by group, each claim once, in the groups’ order', () => {
    expect(main.querySelectorAll('li.claim').map((li) => li.id)).toEqual(groups.flatMap((g) => g.claims.map((c) => c.id)));
    for (const g of groups) {
      const section = html.getElementById(g.claims[0]!.id)!.closest('section')!;
      expect(section.querySelectorAll('li.claim').map((li) => li.id)).toEqual(g.claims.map((c) => c.id));
    }
  });

  it('names the reports silent on a group once, above its claims, and on no claim', () => {
    const notes = main.querySelectorAll('.silent');
    expect(notes).toHaveLength(groups.filter((g) => g.silent.length).length);
    expect(main.querySelectorAll('li.claim .silent')).toHaveLength(0);
    for (const g of groups) {
      const section = html.getElementById(g.claims[0]!.id)!.closest('section')!;
      const note = section.querySelectorAll('.silent');
      if (!g.silent.length) {
        expect(note, g.claims[0]!.id).toHaveLength(0);
        continue;
      }
      expect(note).toHaveLength(1);
      const text = flat(note[0]!.textContent);
      for (const r of g.silent.slice(0, 3)) expect(text).toContain(r.data.outlet);
      for (const r of g.answering) expect(text).not.toContain(r.data.outlet);
      // Silence told as silence: what the reports do not address, not what they deny.
      expect(text).toMatch(/\bnot address\b/);
      // Each claim of the group still says which report answers it: its accounts under the outlet, and its verdict.
      for (const claim of g.claims) {
        const groupsShown = html.getElementById(claim.id)!.querySelectorAll('.account-group').map((el) => el.getAttribute('data-report'));
        expect(groupsShown, claim.id).toEqual(g.answering.map((r) => r.data.outlet));
      }
    }
  });

  it('prints no paragraph of the page twice', () => {
    const seen = new Map<string, number>();
    for (const el of main.querySelectorAll('p, li, dd')) {
      // A list item whose only paragraph is itself is one paragraph, not two (the reader check reads it once).
      if (el.tagName === 'LI' && el.querySelectorAll('p, li').length) continue;
      const text = flat(el.textContent);
      if (text.length >= PARAGRAPH_AT_LEAST) seen.set(text, (seen.get(text) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1).map(([t, n]) => `${n} times: «${t}»`)).toEqual([]);
  });
});
