/**
 * scripts/serve.ts serves what dist/ holds when it is asked, not when it
 * started: `npm run preview` left running while the site is built again sends
 * the new pages with the new _headers (each page's CSP names its own inline
 * styles, so the old policy would block the new page's styles).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { scratchDir } from '../support/scratch.ts';

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0);
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

test('a page and the headers it is served with are the ones the last build wrote', async () => {
  const dist = scratchDir('serve-');
  /** A build: the page, its policy, both written a second later than the last (the server goes by modification time). */
  let build = 0;
  const writeBuild = (page: string, styleHash: string) => {
    const at = Date.now() / 1000 + build++;
    writeFileSync(join(dist, 'index.html'), page);
    writeFileSync(join(dist, '_headers'), `/*\n  Content-Security-Policy: style-src 'sha256-${styleHash}'\n`);
    for (const file of ['index.html', '_headers']) utimesSync(join(dist, file), at, at);
  };
  writeFileSync(join(dist, '404.html'), 'Not here');
  writeBuild('<p>First build</p>', 'first');

  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), '--port', String(port)], {
    env: { ...process.env, DIST_DIR: dist },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  onTestFinished(() => void server.kill());
  await once(server.stdout!, 'data');
  const get = async (path: string) => {
    const res = await fetch(`http://localhost:${port}${path}`);
    return { status: res.status, text: await res.text(), csp: res.headers.get('content-security-policy') };
  };

  expect(await get('/')).toEqual({ status: 200, text: '<p>First build</p>', csp: "style-src 'sha256-first'" });
  writeBuild('<p>The second build, longer</p>', 'second');
  writeFileSync(join(dist, 'new.html'), '<p>A new page</p>');
  expect(await get('/')).toEqual({ status: 200, text: '<p>The second build, longer</p>', csp: "style-src 'sha256-second'" });
  expect((await get('/new.html')).text).toBe('<p>A new page</p>');
  expect(await get('/gone/')).toMatchObject({ status: 404, text: 'Not here' });
});
