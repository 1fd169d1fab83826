/**
 * Content is data, not markup: a report's MDX may hold Markdown, links to web
 * pages and the components of ../load/report-components.ts with their
 * plain-text attributes, under headings with pinned ids. Everything else that
 * MDX would pass through as code or raw HTML is refused here, on the tree the
 * load step read, naming the file, the line and what to do instead:
 *
 * - HTML elements (<script>, <img>, <iframe>, <a>, …) and unknown components;
 * - attributes a component does not take (onclick=…, style=…), spread
 *   attributes ({...x}) and attribute values that are expressions (id={x});
 * - links to javascript:, data:, vbscript: or file: URLs, and images at all
 *   (the reports hold none: an image from elsewhere would be a third-party request);
 * - JavaScript: import/export lines and {expressions} in the text;
 * - headings without a pinned {#id}, and components before the first heading.
 */
import type { SiteContent } from '../load/content.ts';
import { walk, type MdNode } from '../load/report-body.ts';
import { COMPONENT_USAGE, REPORT_COMPONENTS, isReportComponent } from '../load/report-components.ts';

/** URL schemes a link may use; anything else with a scheme is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The scheme of a URL, or undefined for a relative one ("/people/x/", "#potash"). */
function schemeOf(url: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme: "java\tscript:" runs.
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase().concat(':');
}

/** What is wrong with one node, if anything. */
function nodeProblems(node: MdNode): string[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'html':
      return [`raw HTML "${(node.value ?? '').slice(0, 40)}" is not allowed: write it as text, or use ${COMPONENT_USAGE}`];
    case 'link':
    case 'definition': {
      const scheme = schemeOf(node.url ?? '');
      return scheme && !SAFE_SCHEMES.has(scheme)
        ? [`a link to a ${scheme} URL is not allowed: link to a web page (https://…) or a page of this site (/…)`]
        : [];
    }
    case 'image':
      return [`an image ("${(node.url ?? '').slice(0, 60)}") is not allowed: reports hold text only`];
    case 'imageReference':
      return ['an image is not allowed: reports hold text only'];
    case 'mdxjsEsm':
      return [`"${(node.value ?? '').split('\n')[0].slice(0, 60)}" is code: reports hold no import or export lines; remove it`];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // {/* a comment */} is the one expression MDX content may hold: it renders nothing.
      return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')
        ? []
        : [
            `"{${(node.value ?? '').slice(0, 40)}}" is read as JavaScript, not text: to show braces, write \\{ and \\}; ` +
              `to mark a name or a quotation, use ${COMPONENT_USAGE}`,
          ];
    default:
      return [];
  }
}

function elementProblems({ name, attributes = [] }: MdNode): string[] {
  if (!name) return [`an empty tag "<>" is not allowed: remove it, or use ${COMPONENT_USAGE}`];
  if (!isReportComponent(name)) {
    const kind = /^[a-z]/.test(name) ? 'the HTML element' : 'the component';
    return [`${kind} <${name}> is not allowed in a report: write its content as text, or use ${COMPONENT_USAGE}`];
  }
  const allowed: readonly string[] = REPORT_COMPONENTS[name].attributes;
  return attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return [`<${name} {${attribute.value.slice(0, 30)}}> passes code: write each attribute as name="text" (${allowed.join(', ')})`];
    }
    if (/^on/i.test(attribute.name)) return [`<${name} ${attribute.name}=…> is an event handler, which runs code: remove it`];
    if (!allowed.includes(attribute.name)) {
      return [`<${name}> takes ${allowed.map((a) => `${a}="…"`).join(' or ')}, not ${attribute.name}=…: remove it`];
    }
    if (typeof attribute.value !== 'string') {
      return [`<${name} ${attribute.name}=…> must be plain text in quotes, as ${attribute.name}="…", not an expression`];
    }
    return [];
  });
}

export function markupProblems(site: SiteContent): string[] {
  return site.reports.flatMap(({ filePath, body }) => {
    const problems: string[] = [];
    walk(body.tree, (node) => {
      const at = node.position?.start;
      for (const p of nodeProblems(node)) problems.push(`${filePath}:${at ? `${at.line}:${at.column}` : '?'}: ${p}`);
    });
    for (const { title, line } of body.unpinnedHeadings) {
      problems.push(`${filePath}:${line}: heading "${title}" needs a pinned id, written as {#some-id} after it`);
    }
    for (const { name, line } of body.outsideSections) {
      problems.push(`${filePath}:${line}: <${name}> comes before the first heading, where no section can cite it; move it under a heading`);
    }
    return problems;
  });
}
