/**
 * Loads the content collections once per build, stops the build if any id
 * points at nothing, and hands the pages the site model.
 */
import { getCollection } from 'astro:content';
import { assertReferences, type SiteContent } from './integrity';
import { buildModel, type SiteModel } from './model';

let site: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  site ??= load();
  return site;
}

async function load(): Promise<SiteModel> {
  const [reports, people, countries, sanctions, claims, events] = await Promise.all([
    getCollection('reports'),
    getCollection('people'),
    getCollection('countries'),
    getCollection('sanctions'),
    getCollection('claims'),
    getCollection('events'),
  ]);
  const entry = <T extends { id: string; filePath?: string }>(e: T) => ({ ...e, filePath: e.filePath ?? e.id });
  const content: SiteContent = {
    reports: reports.map((r) => ({ ...entry(r), body: r.body ?? '' })),
    people: people.map(entry),
    countries: countries.map(entry),
    sanctions: sanctions.map(entry),
    claims: claims.map(entry),
    events: events.map(entry),
  };
  assertReferences(content);
  return buildModel(content);
}
