/**
 * A country's role named only as a topic (TOPIC_ROLES: "On lifting sanctions")
 * states nothing, so what each report says of it must be given, in its `says`:
 * without them the page would show a heading over nothing, or an editor would
 * be tempted to let the name say it ("Lifting sanctions") and drop the
 * reports' "announced" and "some".
 */
import { lineOf, type SiteContent } from '../load/content.ts';
import { COUNTRY_ROLES, TOPIC_ROLES } from '../load/schemas.ts';

export function countryRoleProblems(site: SiteContent): string[] {
  return site.countries.flatMap((c) =>
    c.data.roles.flatMap((r, i) =>
      TOPIC_ROLES.includes(r.role) && !r.says.length
        ? [
            `${c.filePath}:${lineOf(c, ['roles', i])}: roles[${i}]: “${COUNTRY_ROLES[r.role]}” names a topic, not what a report says; ` +
              'give what each report says of it under says: [{ text, report, evidence }]',
          ]
        : [],
    ),
  );
}
