/**
 * An Astro integration that keeps `astro build` from pre-bundling code only
 * `astro dev` serves. A build loads the content collections through a Vite
 * dev server of its own, and that server's dependency optimizer bundles the
 * dev toolbar's browser code with Rolldown on every core, though a build
 * never serves it: 80-100 ms of every build on a two-core machine, and more
 * when the share-card threads start beside it. This turns the optimizer off
 * for `astro build` only; `astro dev` keeps it.
 */
import type { AstroIntegration } from 'astro';

export function skipDevPrebundling(): AstroIntegration {
  return {
    name: 'skip-dev-prebundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'skip-dev-prebundling',
                // Astro adds the toolbar's packages to each environment's list as the config resolves: emptied after.
                configResolved(config) {
                  for (const environment of Object.values(config.environments)) {
                    environment.optimizeDeps.include = [];
                    environment.optimizeDeps.noDiscovery = true;
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
