/**
 * Content may not ship markup that runs or loads something: an MDX body is prose with Markdown
 * links, tables and emphasis, never raw HTML event handlers, <script>, <iframe> and their kin,
 * javascript:/data: links, or MDX import/export and {expressions} (which run code at build time).
 *
 * The body is parsed with the MDX parser the build uses (@mdx-js/mdx with remark-gfm), so a
 * syntax error is reported here too, and code spans that merely mention "<script>" are prose.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Elements that embed, run or redirect: never in an entry, whatever their attributes. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math', 'template']);

/** Schemes a link in an entry may use; a link without a scheme (relative, #fragment) is fine. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** The scheme a browser would see: C0 controls and spaces around it and tabs/newlines inside are ignored. */
export function urlScheme(url: string): string | null {
  const cleaned = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1] ?? null;
}

function unsafeUrl(url: string): string | null {
  const scheme = urlScheme(url);
  return scheme !== null && !ALLOWED_SCHEMES.has(scheme) ? `${scheme}:` : null;
}

/** Problems with one body, each "line N: what", or [] when it is plain, safe MDX. */
export function unsafeMarkup(body: string): string[] {
  let tree: Node;
  try {
    tree = processor.parse(body) as unknown as Node;
  } catch (error) {
    return [`MDX syntax error: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const visit = (node: Node) => {
    const at = `line ${node.position?.start.line ?? '?'}`;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(`${at}: MDX import/export is not allowed (it runs code at build time)`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(`${at}: an MDX {expression} is not allowed (it runs code at build time; write \\{ for a brace)`);
        break;
      case 'html':
        problems.push(`${at}: raw HTML is not allowed`);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeUrl(node.url ?? '');
        if (scheme) problems.push(`${at}: a ${scheme} link is not allowed; use http(s), mailto or a site path`);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) problems.push(`${at}: <${name}> is not allowed`);
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            problems.push(`${at}: <${name}> has a {...spread} attribute, which is not allowed`);
            continue;
          }
          const attr = attribute.name ?? '';
          if (/^on/i.test(attr)) problems.push(`${at}: the event handler ${attr}= on <${name}> is not allowed`);
          else if (/^(srcdoc|formaction)$/i.test(attr)) problems.push(`${at}: the attribute ${attr}= on <${name}> is not allowed`);
          else if (typeof attribute.value === 'string') {
            const scheme = unsafeUrl(attribute.value);
            if (scheme && /^(href|src|srcset|action|xlink:href|poster|data|background|cite|ping|lowsrc|dynsrc)$/i.test(attr)) {
              problems.push(`${at}: a ${scheme} URL in ${attr}= on <${name}> is not allowed`);
            }
          } else if (attribute.value !== null && attribute.value !== undefined) {
            problems.push(`${at}: the attribute ${attr}= on <${name}> is an {expression}, which is not allowed`);
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/** Compiles a body the way the build does; the error message, or null when it compiles. */
export async function mdxCompileError(body: string): Promise<string | null> {
  try {
    await processor.process(body);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
