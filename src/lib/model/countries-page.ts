/**
 * What /countries/ shows, so that it says each fact once (issue 36).
 *
 * The figures: one listing of where the freed went, by country, each of the
 * content's figures in its own note and credited as its source credits it
 * (./figures.ts), beside the one picture. A figure that names the country only
 * as a place to go on to is left out of it: that travel is told once, in the
 * part the countries share (below), not under each country it names.
 *
 * The parts the countries played: a part several countries play in the same
 * words (the same role, and the same `says`, or none) is told once, naming
 * them all: "Imposed sanctions" once for the EU, the UK and the US, the onward
 * travel to Poland and Lithuania once, with both reports' words. What stays
 * under a country is its own. A destination's "where freed prisoners went"
 * with nothing more to say is the listing's own subject, and not told again.
 */
import type { Entry } from '../load/content.ts';
import type { Country } from '../load/schemas.ts';
import type { Citation, Destination, SiteModel } from './index.ts';

type Role = Country['roles'][number];

export interface RoleView {
  role: Role['role'];
  says: string[];
  /** The sections the role rests on, each once, for every country that plays it. */
  citations: Citation[];
}

export interface SharedRole extends RoleView {
  /** The countries that play it, in the content's order: two or more. */
  countries: Entry<Country>[];
}

export interface CountriesPage {
  /** Each destination with the figures the listing gives for it; a destination named only as a place to go on to has none. */
  listing: { country: Entry<Country>; rows: Destination['rows'] }[];
  /** Each part several countries play in the same words, told once. */
  shared: SharedRole[];
  /** The parts a country plays that no other plays in the same words, and that the listing does not tell. */
  own: (country: Entry<Country>) => RoleView[];
}

/** Two roles are the same part in the same words when their role and its `says` (words, evidence and credit) are. */
const sameness = (r: Role) => JSON.stringify([r.role, r.says]);

export function countriesPage(site: SiteModel): CountriesPage {
  const listing = site.destinations
    .map(({ country, rows }) => ({ country, rows: rows.filter((r) => !r.figure.onward) }))
    .filter((d) => d.rows.length);
  const listed = new Set(listing.map((d) => d.country.id));
  const told = (country: Entry<Country>) => (r: Role) => !(listed.has(country.id) && r.role === 'received-prisoners' && !r.says.length);

  const plays = new Map<string, { role: Role; country: Entry<Country> }[]>();
  for (const country of site.countries) {
    for (const role of country.data.roles.filter(told(country))) plays.set(sameness(role), [...(plays.get(sameness(role)) ?? []), { role, country }]);
  }
  const view = (roles: Role[]): RoleView => ({
    role: roles[0].role,
    says: roles[0].says.map((s) => s.text),
    citations: [...new Map(roles.flatMap((r) => r.sources.map(site.cite)).map((c) => [c.href, c])).values()],
  });
  const isShared = (r: Role) => plays.get(sameness(r))!.length > 1;
  return {
    listing,
    shared: [...plays.values()].filter((p) => p.length > 1).map((p) => ({ ...view(p.map((x) => x.role)), countries: p.map((x) => x.country) })),
    own: (country) => country.data.roles.filter(told(country)).filter((r) => !isShared(r)).map((r) => view([r])),
  };
}
