/**
 * The printed summary's account of what happened, in sentences assembled
 * from the model rather than written by hand, so it cannot drift from the
 * reports it sums up, and holds for any event and any number of reports.
 */
import { sanctionsWith, type SiteModel } from './index';
import { keyFacts } from './key-facts';
import { formatDate } from './dates';
import { listOf } from './words';

const hasRole = (role: string) => (c: { data: { roles: { role: string }[] } }) => c.data.roles.some((r) => r.role === role);

export function whatHappened(site: SiteModel): string[] {
  const list = (items: string[]) => listOf(site, items);
  const facts = keyFacts(site);
  const counts = listOf(site, facts.released.map((f) => String(f.count)), 'disjunction');
  const releasers = site.countries.filter(hasRole('released-prisoners')).map((c) => c.data.name);
  const freed = site.people.filter((p) => p.data.group === 'freed').map((p) => p.data.name);
  const sentences = [
    `On ${formatDate(site.text.eventDate.date, { weekday: true })}, ${releasers.length ? list(releasers) : 'the authorities'} released ${counts} prisoners` +
      (freed.length ? `, among them ${list(freed)}.` : '.'),
  ];

  for (const { data } of sanctionsWith(site, 'lifted')) {
    const announcer = data.change && site.get('people', data.change.announcedBy).data;
    sentences.push(`In return, ${data.title} were lifted${announcer ? `, as ${announcer.name}, ${announcer.role}, announced` : ''}.`);
  }

  const received = site.destinations.filter((d) => d.figures.some((f) => !f.onward)).map((d) => d.country);
  const onward = site.destinations.filter((d) => d.figures.every((f) => f.onward)).map((d) => d.country);
  const withNumbers = [...new Set(facts.destinations.map((d) => d.citation.outlet))];
  // Where several reports give numbers, each number says whose it is.
  const numbers = list(
    facts.destinations.map((d) => `${d.count} to ${d.countryName}${withNumbers.length > 1 ? ` (${d.citation.outlet})` : ''}`),
  );
  if (received.length) {
    sentences.push(
      `The freed prisoners were taken to ${list(received.map((c) => c.data.name))}` +
        (onward.length ? `, some to go on to ${list(onward.map((c) => c.data.name))}` : '') +
        (withNumbers.length === 0
          ? '.'
          : withNumbers.length < site.reports.length
            ? `; only ${list(withNumbers)} ${withNumbers.length === 1 ? 'gives' : 'give'} numbers: ${numbers}.`
            : `: ${numbers}.`),
    );
  }

  const inForce = facts.sanctionsInForce;
  if (inForce) sentences.push(`${inForce} other ${inForce === 1 ? 'set' : 'sets'} of sanctions stay in force.`);
  return sentences;
}
