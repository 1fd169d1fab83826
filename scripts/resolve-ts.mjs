/**
 * Lets Node run scripts that import the site's code, which names its modules
 * as Vite does, without an extension ('../model' for ../model/index.ts,
 * './pages' for ./pages.ts): a relative import that Node cannot find is tried
 * again with `.ts`, then `/index.ts` (a folder, which Node refuses to import
 * as such, too).
 *
 *   node --import ./scripts/resolve-ts.mjs scripts/bench.ts
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const missing = ['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error?.code);
      if (!missing || !specifier.startsWith('.')) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {
          // Not this one either: the next suffix, then the original error.
        }
      }
      throw error;
    }
  },
});
