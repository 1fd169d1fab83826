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

  it.each(['index.html', 'summary/index.html'])('%s names them in the model’s sentence, and never as “not among” the freed', (file) => {
    const text = parse(readFileSync(join(dist, file), 'utf8')).querySelector('main')!.textContent.replace(/\s+/g, ' ');
    for (const sentence of alsoNamedAsFreed(site)) expect(text).toContain(sentenceText(sentence));
    for (const person of uncounted) {
      const around = text.slice(Math.max(0, text.indexOf(person.data.name) - 120), text.indexOf(person.data.name) + 120);
      expect(around, person.data.name).not.toMatch(/\bnot among\b|without (being )?counted|without counting/);
    }
  });
});
