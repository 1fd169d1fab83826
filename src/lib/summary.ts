/**
 * The printed summary's account of what happened, in sentences assembled
 * from the data rather than written by hand, so it cannot drift from the
 * reports it sums up.
 */
import type { SiteModel } from './model';
import { keyFacts } from './key-facts';
import { formatDate } from './dates';

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;


export function whatHappened(site: SiteModel): string[] {
  const facts = keyFacts(site);
  const date = site.reports[0].data.eventDate;
  const counts = list(facts.released.map((f) => String(f.count)));
  const freed = site.people.filter((p) => p.data.group === 'freed').map((p) => p.data.name);
  const sentences = [`On ${formatDate(date, { weekday: true })}, Belarus released ${counts} prisoners, among them ${list(freed)}.`];

  for (const { data } of site.sanctions.filter((s) => s.data.status === 'lifted')) {
    const announcer = data.change && site.get('people', data.change.announcedBy).data;
    sentences.push(`In return, ${data.title} were lifted${announcer ? `, as ${announcer.name}, ${announcer.role}, announced` : ''}.`);
  }

  const received = site.destinations.filter((c) => c.data.roles.some((r) => r.role === 'received-prisoners'));
  const onward = site.countries.filter(
    (c) => c.data.roles.some((r) => r.role === 'onward-destination') && !received.includes(c),
  );
  const withNumbers = [...new Set(facts.destinations.map((d) => d.citation.outlet))];
  const numbers = list(facts.destinations.map((d) => `${d.count} to ${d.countryName}`));
  sentences.push(
    `The freed prisoners were taken to ${list(received.map((c) => c.data.name))}` +
      (onward.length ? `, some to go on to ${list(onward.map((c) => c.data.name))}` : '') +
      (withNumbers.length === 0
        ? '.'
        : withNumbers.length < site.reports.length
          ? `; only ${list(withNumbers)} gives numbers: ${numbers}.`
          : `: ${numbers}.`),
  );

  const inForce = facts.sanctionsInForce;
  if (inForce) sentences.push(`${inForce} other ${inForce === 1 ? 'set' : 'sets'} of sanctions on Belarus stay in force.`);
  return sentences;
}
