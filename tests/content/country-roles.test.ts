/**
 * src/lib/check/country-roles.ts and COUNTRY_ROLES: a role named as a topic ("On …") claims nothing a
 * report hedges, and carries what each report says of it.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load/content.ts';
import { countryRoleProblems } from '../../src/lib/check/country-roles.ts';
import { COUNTRY_ROLES, TOPIC_ROLES } from '../../src/lib/load/schemas.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);

describe('a role named as a topic', () => {
  it('is named as one, "On …", claiming nothing', () => {
    expect(TOPIC_ROLES).toContain('lifted-sanctions');
    for (const role of TOPIC_ROLES) expect(COUNTRY_ROLES[role]).toMatch(/^On /);
  });

  it.each([CONTENT, join(ROOT, 'tests/fixtures/event')])('carries what each report says of it, in %s', (dir) =>
    expect(countryRoleProblems(loadContent(dir))).toEqual([]),
  );

  it('is refused without them, naming the file, line and role', () => {
    const c = structuredClone(content);
    const country = c.countries.find((x) => x.data.roles.some((r) => TOPIC_ROLES.includes(r.role)))!;
    const i = country.data.roles.findIndex((r) => TOPIC_ROLES.includes(r.role));
    country.data.roles[i].says = [];
    expect(countryRoleProblems(c)).toEqual([
      expect.stringMatching(new RegExp(`^${RegExp.escape(country.filePath)}:\\d+: roles\\[${i}\\]: “${RegExp.escape(COUNTRY_ROLES[country.data.roles[i].role])}” names a topic`)),
    ]);
  });

  it("gives each report's words where every report that speaks of it is named", () => {
    for (const c of content.countries) {
      for (const r of c.data.roles.filter((r) => TOPIC_ROLES.includes(r.role))) {
        const saying = new Set(r.says.flatMap((s) => ('report' in s ? [s.report] : 'evidence' in s ? Object.keys(s.evidence) : [])));
        for (const source of r.sources) expect(saying, `${c.id}: ${r.role}`).toContain(source.report);
      }
    }
  });
});
