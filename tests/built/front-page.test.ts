/**
 * The home page and the summary, as built, in both builds: the people a report calls freed without
 * counting them among the freed are named in the model's one sentence (src/lib/model/front-page.ts),
 * which says the reports' silence on whether they were counted as silence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { alsoNamedAsFreed, sentenceText } from '../../src/lib/model/front-page.ts';
import { builtDist, SITES } from '../support/sites.ts';

describe.each(SITES)('the front pages of $name', (built) => {
  const dist = builtDist(built);
  const site = buildModel(loadContent(built.content));
  const uncounted = alsoNamedAsFreed(site).flatMap((parts) => parts.filter((p) => typeof p !== 'string'));

  const mainText = (file: string) => parse(readFileSync(join(dist, file), 'utf8')).querySelector('main')!.textContent.replace(/\s+/g, ' ');

  it('summary/index.html names them in the model’s sentence', () => {
    for (const sentence of alsoNamedAsFreed(site)) expect(mainText('summary/index.html')).toContain(sentenceText(sentence));
  });

  // The home page says it once, where the reports differ (site.yaml), and not again under the people.
  it('index.html names each of them once', () => {
    for (const person of uncounted) expect(mainText('index.html').split(person.data.name).length - 1, person.data.name).toBeLessThanOrEqual(1);
  });

  it.each(['index.html', 'summary/index.html'])('%s never calls them “not among” the freed', (file) => {
    const text = mainText(file);
    for (const person of uncounted) {
      const around = text.slice(Math.max(0, text.indexOf(person.data.name) - 120), text.indexOf(person.data.name) + 120);
      expect(around, person.data.name).not.toMatch(/\bnot among\b|without (being )?counted|without counting/);
    }
  });
});
