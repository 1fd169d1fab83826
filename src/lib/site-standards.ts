/**
 * The site's `updated` date and its corrections, from content/site.yaml
 * (in CONTENT_DIR when that is set), checked by the schema's standards fields.
 * Read once per build. When the lead's site model loads site.yaml itself,
 * this reader gives way to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteStandards, type SiteStandards } from '../schemas';

let cached: SiteStandards | undefined;

export function loadSiteStandards(dir = process.env.CONTENT_DIR ?? 'content'): SiteStandards {
  if (cached && dir === (process.env.CONTENT_DIR ?? 'content')) return cached;
  const file = join(dir, 'site.yaml');
  const raw = existsSync(file) ? parse(readFileSync(file, 'utf8')) : {};
  const result = siteStandards.safeParse(raw ?? {});
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return (cached = result.data);
}
