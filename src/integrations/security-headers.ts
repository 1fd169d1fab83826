/**
 * The site's HTTP headers, written to dist/_headers after every build (the
 * file Netlify and Cloudflare Pages read), and read back by scripts/serve.ts
 * so that `npm start` and the browser tests serve dist/ with the very same
 * headers.
 *
 * Each page's Content-Security-Policy is the one Astro wrote into the page's
 * <meta http-equiv> (default-src, script-src and style-src with hashes of
 * inline code), cut first to the hashes of the page's own inline code (see
 * ownHashesOnly), plus what only a header can say (frame-ancestors). Pages
 * differ in their hashes, so each page gets its own rule. Hosts merge every
 * rule that matches a path, and two CSP headers mean two policies that must
 * both pass; so no CSP is set for "/*", only per file.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * For every response. HSTS is left out of the preload list: that is a choice
 * for whoever owns the domain. Cross-Origin-Opener-Policy is left out: it
 * guards a page's window from the cross-origin windows that open it or that
 * it opens, and this site has no window state, login or secret to guard; yet
 * it put every page in a browsing context group of its own, which Chrome
 * starts on the main thread (Lighthouse counted 220-390 ms of blocking time
 * on a report with it, 4-12 ms without, and a phone may start a process).
 */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** What a <meta> policy cannot say, added to each page's. */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * Pagefind's search worker runs under its own response's policy, not the
 * page's: it compiles WebAssembly and fetches the index.
 */
const PAGEFIND_POLICY = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'; ${HEADER_ONLY}`;

/** Everything else (the feed, images, robots.txt): nothing to load, nothing to run. */
const FILE_POLICY = `default-src 'none'; ${HEADER_ONLY}`;

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i;

/** The directives of a page's <meta> policy, each as "name source …". */
const metaDirectives = (content: string) =>
  content
    .replaceAll('&#39;', "'")
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

/** A page's policy, from its <meta http-equiv="content-security-policy">, tidied into "a; b; c" form. */
export function pagePolicy(html: string): string | undefined {
  const meta = POLICY_META.exec(html)?.[2];
  return meta && [...metaDirectives(meta), HEADER_ONLY].join('; ');
}

/**
 * A page as Astro writes it, read tag by tag: a comment; a script or style element,
 * its raw text up to its end tag; or any other tag, its quoted attributes whole. So
 * "<script>" inside an attribute (a description quoting markup, published escaped)
 * is read as the attribute's text, not as code. An HTML parser (node-html-parser)
 * reads the same at eight times the cost, 0.8 ms a page against 0.1: in one bench
 * run at 1,000 reports it put the cost per report at twice the floor's, the limit.
 */
const TAGS = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<[a-z/!](?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** A script with a src runs the file's code, under 'self'; a data block (JSON-LD) runs nothing. */
const RUNS_NOTHING_INLINE = /\bsrc=|type="application\/ld\+json"/i;
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The page with its <meta> policy cut to the hashes of the inline scripts and
 * styles it holds. Astro puts into every page the hashes of all the site's
 * inline scripts and style chunks: 30 on the home page, which holds 2, about
 * 1 KB gzip of hashes matching nothing there. The cut only narrows the
 * policy: an inline script or style whose hash Astro did not list stops the
 * build, naming the page.
 */
export function ownHashesOnly(html: string, file: string): string {
  const own = new Map<string, Set<string>>([
    ['script-src', new Set()],
    ['style-src', new Set()],
  ]);
  for (const [, tag, attributes, code] of html.matchAll(TAGS)) {
    const element = tag?.toLowerCase();
    if (!element || (element === 'script' && RUNS_NOTHING_INLINE.test(attributes))) continue;
    own.get(`${element}-src`)!.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
  return html.replace(POLICY_META, (_, start: string, content: string) => {
    const directives = metaDirectives(content).map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const mine = own.get(name);
      if (!mine) return directive;
      const unlisted = [...mine].filter((h) => !sources.includes(h));
      if (unlisted.length) throw new Error(`${file}: inline code whose hash Astro's ${name} does not list: ${unlisted.join(' ')}`);
      return [name, ...sources.filter((s) => !isHash(s)), ...mine].join(' ');
    });
    return `${start}${directives.join(';')}"`;
  });
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The URL path a file of dist/ is served at: "/reports/x/" for reports/x/index.html. */
const urlPath = (file: string) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Every file of dist/ the rules cover, sorted: not the rules themselves, nor Pagefind's, which one rule covers. */
const servedFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes('.') && !f.startsWith('_headers') && !f.startsWith(`pagefind${sep}`))
    .sort();

/**
 * Each page's policy cut to its own hashes (ownHashesOnly), the page written
 * back where that changed it; returns each page's policy, by file.
 */
export function cutPagePolicies(dist: string): Map<string, string> {
  const policies = new Map<string, string>();
  for (const file of servedFiles(dist).filter((f) => f.endsWith('.html'))) {
    const path = join(dist, file);
    const html = readFileSync(path, 'utf8');
    const trimmed = ownHashesOnly(html, `dist/${file}`);
    if (trimmed !== html) writeFileSync(path, trimmed);
    const policy = pagePolicy(trimmed);
    if (!policy) throw new Error(`dist/${file} has no Content-Security-Policy <meta>`);
    policies.set(file, policy);
  }
  return policies;
}

/**
 * The rules for a built site: common headers for every path, then one CSP per
 * file, a page's as `pagePolicies` gives it (read from the page if missing).
 */
export function headerRules(dist: string, pagePolicies = new Map<string, string>()): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: COMMON_HEADERS }];
  rules.push({ path: '/pagefind/*', headers: { 'Content-Security-Policy': PAGEFIND_POLICY } });
  for (const file of servedFiles(dist)) {
    const policy = file.endsWith('.html') ? (pagePolicies.get(file) ?? pagePolicy(readFileSync(join(dist, file), 'utf8'))) : FILE_POLICY;
    if (!policy) throw new Error(`dist/${file} has no Content-Security-Policy <meta>`);
    rules.push({ path: urlPath(file), headers: { 'Content-Security-Policy': policy } });
  }
  return rules;
}

export function formatHeaders(rules: HeaderRule[]): string {
  const head = '# Written by src/integrations/security-headers.ts after each build: do not edit.\n';
  return head + rules.map((r) => `${r.path}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`).join('');
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers for a URL path, as Netlify and Cloudflare Pages apply the file:
 * every matching rule, in order ("*" matches the rest of the path), and a
 * header that several rules set gets their values joined by commas.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [k, v] of Object.entries(rule.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

export function securityHeaders(): AstroIntegration {
  let pagePolicies: Map<string, string> | undefined;
  return {
    name: 'security-headers',
    hooks: {
      // As soon as the pages are written, before search-index.ts reads them, since this rewrites them: each page read
      // once, its policy cut, the page written back, its policy kept for its rule.
      'astro:build:generated': ({ dir }) => {
        pagePolicies = cutPagePolicies(fileURLToPath(dir));
      },
      // Once the integrations before it have written their files (the sitemap): a rule for every file.
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const rules = headerRules(dist, pagePolicies);
        writeFileSync(join(dist, '_headers'), formatHeaders(rules));
        logger.info(`dist/_headers: ${rules.length} rules`);
      },
    },
  };
}
