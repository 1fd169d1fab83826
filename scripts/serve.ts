/**
 * Serves dist/ (or DIST_DIR) as the host will: with the headers of dist/_headers (written by
 * src/integrations/security-headers.ts) on every response, and dist/404.html
 * with status 404 for an address that does not exist.
 *
 *   node scripts/serve.ts [--port 4321] [--gzip]
 *
 * With --gzip, a file's precompressed `.gz` copy, where there is one, is
 * sent to clients that accept it, as a host compresses (npm run lighthouse).
 *
 * `npm start` and the browser tests use it, so what they check is what a
 * visitor gets. Files are served by sirv.
 *
 * Nothing is read once for all: `npm run preview` left running while the site
 * is built again must serve the new pages with the new _headers. Each page's
 * CSP lists the hashes of its inline styles, so the old policy with a new page
 * blocks its styles and the reader gets it unstyled.
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../src/integrations/security-headers.ts';
import { DIST } from './lib/paths.ts';
import { join } from 'node:path';

const dist = DIST;
const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, gzip: { type: 'boolean', default: false } } });
const port = Number(values.port);
const headersFile = join(dist, '_headers');
let lastRead = { mtimeMs: NaN, rules: parseHeaders('') };
/** The host's rules, parsed again whenever the build has written them since. */
function rules() {
  const { mtimeMs } = statSync(headersFile);
  if (mtimeMs !== lastRead.mtimeMs) lastRead = { mtimeMs, rules: parseHeaders(readFileSync(headersFile, 'utf8')) };
  return lastRead.rules;
}

/** The headers for the file served at `pathname` ("/people/index.html" is served at "/people/"). */
const apply = (res: ServerResponse, pathname: string) => {
  const path = pathname.replace(/(^|\/)index\.html$/, '$1');
  for (const [name, value] of Object.entries(headersFor(rules(), path))) res.setHeader(name, value);
};

// dev: sirv looks each file up when it is asked for, instead of listing dist/ once at the start.
const files = sirv(dist, { dev: true, etag: true, gzip: values.gzip, setHeaders: (res, pathname) => apply(res, pathname) });
const notFound = (res: ServerResponse) => {
  apply(res, '/404.html');
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(join(dist, '404.html')));
};

createServer((req, res) => {
  // dist/_headers is for the host, not for visitors.
  if (new URL(req.url ?? '/', 'http://x').pathname.startsWith('/_headers')) return notFound(res);
  files(req, res, () => notFound(res));
}).listen(port, () => console.log(`dist/ on http://localhost:${port}/, with the headers of dist/_headers`));
