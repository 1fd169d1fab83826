/**
 * The printed summary's account of what happened, in sentences assembled
 * from the model rather than written by hand, so it cannot drift from the
 * reports it sums up, and holds for any event and any number of reports.
 *
 * It says no more than the data: the date is marked as the site's own dating;
 * "among them" names only those a report names where it gives the number
 * freed; each figure is credited to whoever gives it; a sanction gets no
 * status of the site's own: what a report says of it is its `says`.
 */
import { sanctionsWith, type SiteModel } from './index';
import { keyFacts } from './key-facts';
import { formatDate } from './dates';
import { listOf } from './words';
import { peopleIn } from '../load/report-body';

const hasRole = (role: string) => (c: { data: { roles: { role: string }[] } }) => c.data.roles.some((r) => r.role === role);

export function whatHappened(site: SiteModel): string[] {
  const list = (items: string[]) => listOf(site, items);
  const facts = keyFacts(site);
  const counts = listOf(site, facts.released.map((f) => String(f.count)), 'disjunction');
  const releasers = site.countries.filter(hasRole('released-prisoners')).map((c) => c.data.name);
  const freed = site.people.filter((p) => p.data.group === 'freed');

  // Who was among those counted: the freed people a report names in the section that gives the count.
  const counted = new Set(
    site.reports.flatMap((r) => r.sections.filter((s) => s.id === r.data.released.section).flatMap(peopleIn)),
  );
  const among = freed.filter((p) => counted.has(p.id));
  const elsewhere = freed.filter((p) => !counted.has(p.id));
  const namedBy = (id: string) => site.mentionsOf(id).map((m) => m.attribution);

  const sentences = [
    `On ${formatDate(site.text.eventDate.date, { weekday: true })} (this site's dating), ` +
      `${releasers.length ? list(releasers) : 'the authorities'} released ${counts} prisoners` +
      (among.length ? `, among them ${list(among.map((p) => p.data.name))}.` : '.'),
  ];
  if (elsewhere.length) {
    const outlets = [...new Set(elsewhere.flatMap((p) => namedBy(p.id)))];
    sentences.push(
      `${list(outlets)} also ${outlets.length === 1 ? 'names' : 'name'} ${list(elsewhere.map((p) => p.data.name))} ` +
        `as freed, without counting them among the ${counts}.`,
    );
  }

  for (const { data } of sanctionsWith(site, 'lifting-announced')) {
    const announcer = data.change && site.get('people', data.change.announcedBy).data;
    sentences.push(
      announcer
        ? `${data.title[0].toUpperCase()}${data.title.slice(1)}: ${announcer.name}, ${announcer.role}, announced their lifting.`
        : `${data.title[0].toUpperCase()}${data.title.slice(1)} were lifted.`,
    );
    for (const said of data.says) sentences.push(said.text.endsWith('.') ? said.text : `${said.text}.`);
  }

  const received = site.destinations.filter((d) => d.figures.some((f) => !f.onward)).map((d) => d.country);
  const onward = site.destinations.filter((d) => d.figures.every((f) => f.onward)).map((d) => d.country);
  const withNumbers = [...new Set(facts.destinations.map((d) => d.citation.attribution))];
  // Where several give numbers, each number says whose it is.
  const numbers = list(
    facts.destinations.map((d) => `${d.count} to ${d.countryName}${withNumbers.length > 1 ? ` (${d.citation.attribution})` : ''}`),
  );
  if (received.length) {
    sentences.push(
      `The freed prisoners were taken to ${list(received.map((c) => c.data.name))}` +
        (withNumbers.length === 0
          ? '.'
          : withNumbers.length === 1
            ? `; only ${withNumbers[0]} gives numbers: ${numbers}.`
            : `: ${numbers}.`),
    );
  }
  if (onward.length) {
    sentences.push(`The reports name ${list(onward.map((c) => c.data.name))} as ${onward.length === 1 ? 'a place' : 'places'} to go on to.`);
  }

  const unchanged = sanctionsWith(site, 'no-lifting-reported').map((s) => s.data.title);
  if (unchanged.length) sentences.push(`No report says that ${list(unchanged)} were lifted.`);
  return sentences;
}
