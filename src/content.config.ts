/**
 * Astro's one collection: the reports, so that a page can render a report's
 * MDX. Its loader hands Astro what the pipeline already loaded and checked
 * (src/lib/site.ts): each report's id and file, and nothing to parse again.
 * Running the pipeline here, at the start of every build, also stops a build
 * of unsound content before any page or report is compiled.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { config } from './lib/config.ts';

// The pipeline as astro.config.mjs's integrations loaded it (src/lib/site.ts says why); loaded here only where they did not.
const loadSite =
  (globalThis as { explainerPipeline?: import('./lib/site.ts').SharedPipeline }).explainerPipeline?.loadSite ??
  (await import('./lib/site.ts')).loadSite;

const pipeline: Loader = {
  name: 'site-pipeline',
  load: async ({ store, watcher, logger }) => {
    const sync = () => {
      let reports;
      try {
        reports = loadSite().reports;
      } catch (e) {
        // `astro dev` keeps serving: each page shows the problems until they are fixed (loadSite reads the content again).
        if (!config.watchContent) throw e;
        return logger.error((e as Error).message);
      }
      store.clear();
      // Rendering is deferred: Astro compiles the MDX file when a page renders it.
      for (const report of reports) store.set({ id: report.id, data: {}, filePath: report.filePath, deferredRender: true });
    };
    sync();
    // Under `astro dev`, a report added or removed changes the collection.
    watcher?.on('add', sync);
    watcher?.on('unlink', sync);
  },
};

export const collections = { reports: defineCollection({ loader: pipeline }) };
