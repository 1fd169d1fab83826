/** The cut of a page's policy to its own inline code: it narrows the policy, and never widens it. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownHashesOnly, pagePolicy } from '../../src/integrations/security-headers.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('ownHashesOnly', () => {
  const [script, style, other] = ['console.log(1)', 'p{color:red}', 'other()'];
  const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(other)} ${hash(script)};style-src 'self' ${hash('q{}')} ${hash(style)}`;

  it("keeps every source but the hashes, and of those the page's own", () => {
    const html = page(policy, `<script type="module">${script}</script><style>${style}</style><script type="application/ld+json">{}</script><script src="/a.js"></script>`);
    expect(pagePolicy(ownHashesOnly(html, 'x.html'))).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash(style)}; frame-ancestors 'none'`,
    );
  });

  it('stops at inline code the policy does not list, naming the page', () => {
    const html = page(policy, `<script>${script}</script><script>alert(1)</script>`);
    expect(() => ownHashesOnly(html, 'dist/x/index.html')).toThrow(/dist\/x\/index\.html: .*script-src.*sha256-/);
  });

  it('reads markup in an attribute as text, not code (an escaped description)', () => {
    const html = page(policy, `<meta name="description" content="</script><script>alert(1)</script>"><meta name="x" content="<script>"><!-- <script> --><script>${script}</script>`);
    expect(pagePolicy(ownHashesOnly(html, 'x.html'))).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(script)};`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(ownHashesOnly('<p>hi</p>', 'x.html')).toBe('<p>hi</p>');
  });
});
