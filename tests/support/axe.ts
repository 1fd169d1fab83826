/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 at A and AA, and best practices), run in the
 * page itself. @axe-core/playwright's AxeBuilder injects axe's source twice a
 * call, returns every pass with its nodes, and by default opens a blank page
 * for each call to merge the results of cross-origin frames (this site has no
 * frames). Measured on this machine, the same rules on the same pages took it
 * 1–8 s a call, and axe.run in the page 0.3–0.9 s: the browser tier's largest
 * cost, twice on every page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type Axe from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The page's axe violations as it is now, one line each: the rule, then the
 * elements. `colours` runs only the rules of axe's colour category (contrast,
 * links told apart by colour): all that a change of colour scheme can change
 * where the schemes differ in colours alone, as tests/built/colour-schemes.test.ts
 * holds the site's to.
 */
export async function axeViolations(page: Page, rules: 'all' | 'colours' = 'all'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(
    async ([tags, rules]) => {
      const { axe } = window as unknown as { axe: typeof Axe };
      const ruleIds = axe
        .getRules(tags)
        .filter((r) => rules === 'all' || r.tags.includes('cat.color'))
        .map((r) => r.ruleId);
      const { violations } = await axe.run(document, { runOnly: { type: 'rule', values: ruleIds }, resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [TAGS, rules] as const,
  );
}
