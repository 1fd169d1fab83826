/**
 * A Sätteri mdast plugin for report MDX: content is data, not markup. A report
 * may use the site's own components (Person, Quote, OtherReport) with their
 * plain-text attributes, Markdown, and links to web pages. Anything else that
 * MDX would pass through as code or raw HTML stops the build, naming the file,
 * the line and what to do instead:
 *
 * - HTML elements (<script>, <img>, <iframe>, <a>, …) and unknown components;
 * - attributes a component does not take (onclick=…, style=…), spread
 *   attributes ({...x}) and attribute values that are expressions (id={x});
 * - links and images to javascript:, data:, vbscript: or file: URLs, and
 *   images at all (the reports hold none: an image from elsewhere would be a
 *   third-party request);
 * - JavaScript: import/export lines and {expressions} in the text.
 */
import { defineMdastPlugin } from 'satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** The components a report may use, each with the attributes it takes. */
export const REPORT_COMPONENTS: Record<string, string[]> = {
  Person: ['id'],
  Quote: ['id', 'by', 'source'],
  OtherReport: ['report', 'section'],
  /** A sentence or paragraph and the source words it rests on (src/lib/model/report-body.ts); shows its words alone. */
  Statement: ['evidence', 'basis'],
};

const USAGE =
  '<Person id="…">, <Quote id="…" by="…"> (or source="…"), <OtherReport report="…" section="…"> and <Statement evidence="…"> (or basis="…")';

/** URL schemes a link may use; anything else with a scheme is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The scheme of a URL, or undefined for a relative one ("/people/x/", "#potash"). */
function schemeOf(url: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme: "java\tscript:" runs.
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase().concat(':');
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

export class MdxGuardError extends Error {
  override name = 'MdxGuardError';
}

export const mdxGuard = defineMdastPlugin({
  name: 'mdx-guard',
  options: { position: true },
  before(_root, ctx) {
    ctx.data.mdxGuardProblems = [];
  },
  after(_root, ctx) {
    const problems = ctx.data.mdxGuardProblems as string[];
    if (problems.length === 0) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a report';
    throw new MdxGuardError(
      `${file} holds markup or code where a report holds text:\n${problems.map((p) => `  ${file}:${p}`).join('\n')}`,
    );
  },
  mdxJsxFlowElement: (node, ctx) => checkElement(node, ctx.data),
  mdxJsxTextElement: (node, ctx) => checkElement(node, ctx.data),
  html(node, ctx) {
    problem(ctx.data, node, `raw HTML "${node.value.slice(0, 40)}" is not allowed: write it as text, or use ${USAGE}`);
  },
  link(node, ctx) {
    checkUrl(ctx.data, node, node.url, 'link');
  },
  definition(node, ctx) {
    checkUrl(ctx.data, node, node.url, 'link');
  },
  image(node, ctx) {
    problem(ctx.data, node, `an image ("${node.url.slice(0, 60)}") is not allowed: reports hold text only`);
  },
  imageReference(node, ctx) {
    problem(ctx.data, node, 'an image is not allowed: reports hold text only');
  },
  mdxjsEsm(node, ctx) {
    problem(ctx.data, node, `"${node.value.split('\n')[0].slice(0, 60)}" is code: reports hold no import or export lines; remove it`);
  },
  mdxFlowExpression: (node, ctx) => checkExpression(node, node.value, ctx.data),
  mdxTextExpression: (node, ctx) => checkExpression(node, node.value, ctx.data),
});

function problem(data: Record<string, unknown>, node: Positioned, message: string) {
  const at = node.position?.start;
  (data.mdxGuardProblems as string[]).push(`${at ? `${at.line}:${at.column}` : '?'}: ${message}`);
}

function checkExpression(node: Positioned, value: string, data: Record<string, unknown>) {
  // {/* a comment */} is the one expression MDX content may hold: it renders nothing.
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(value)) return;
  problem(
    data,
    node,
    `"{${value.slice(0, 40)}}" is read as JavaScript, not text: to show braces, write \\{ and \\}; to mark a name or a quotation, use ${USAGE}`,
  );
}

type JsxNode = Positioned & {
  name: string | null;
  attributes: ({ type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute'; value: string })[];
};

function checkElement(node: JsxNode, data: Record<string, unknown>) {
  const name = node.name;
  if (!name) return problem(data, node, `an empty tag "<>" is not allowed: remove it, or use ${USAGE}`);
  const allowed = REPORT_COMPONENTS[name];
  if (!allowed) {
    const kind = /^[a-z]/.test(name) ? 'the HTML element' : 'the component';
    return problem(data, node, `${kind} <${name}> is not allowed in a report: write its content as text, or use ${USAGE}`);
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problem(data, node, `<${name} {${attribute.value.slice(0, 30)}}> passes code: write each attribute as name="text" (${allowed.join(', ')})`);
    } else if (/^on/i.test(attribute.name)) {
      problem(data, node, `<${name} ${attribute.name}=…> is an event handler, which runs code: remove it`);
    } else if (!allowed.includes(attribute.name)) {
      problem(data, node, `<${name}> takes ${allowed.map((a) => `${a}="…"`).join(' or ')}, not ${attribute.name}=…: remove it`);
    } else if (typeof attribute.value !== 'string') {
      problem(data, node, `<${name} ${attribute.name}=…> must be plain text in quotes, as ${attribute.name}="…", not an expression`);
    }
  }
}

function checkUrl(data: Record<string, unknown>, node: Positioned, url: string, what: string) {
  const scheme = schemeOf(url);
  if (scheme && !SAFE_SCHEMES.has(scheme)) {
    problem(data, node, `a ${what} to a ${scheme} URL is not allowed: link to a web page (https://…) or a page of this site (/…)`);
  }
}
