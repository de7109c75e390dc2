/**
 * The consistency check over the built site: every code page and every comparison page in dist/
 * is read back, with the content files' declared facts and hand-written text, and run through
 * the rules of src/lib/factsCheck.ts. One failing rule fails `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Stage } from '../../src/lib/commandReplies.ts';
import type { DeclaredFacts } from '../../src/lib/facts.ts';
import {
  checkAction,
  checkBadge,
  checkCurated,
  checkLogClass,
  checkProperNouns,
  checkStageClaims,
  checkSubstance,
  type CodePageView,
  type ComparisonView,
  type StageFacts,
} from '../../src/lib/factsCheck.ts';
import { distDir, isRedirectPage } from './builtSite.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end < 0 ? undefined : end);
}

interface Entry {
  data: Record<string, unknown>;
}

function loadEntries(dir: string): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const name of readdirSync(join(contentDir, dir)).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(contentDir, dir, name), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    map.set(name.replace(/\.mdx$/, ''), { data: parseYaml(fm) as Record<string, unknown> });
  }
  return map;
}

function handWritten(data: Record<string, unknown>): string {
  const fixes = data.fixes as { senders: string[]; admins: string[] };
  const faq = data.faq as { q: string; a: string }[];
  return [String(data.summary), ...fixes.senders, ...fixes.admins, ...faq.map((f) => f.a)].join('\n');
}

describe('consistency of generated text with declared facts and hand-written text', () => {
  const smtp = join(distDir, 'smtp');
  if (!existsSync(smtp)) throw new Error(`No build at ${distDir}: run \`npm run build\` first`);
  const replies = loadEntries('replies');
  const enhanced = loadEntries('enhanced');
  const dirs = readdirSync(smtp).filter((d) => existsSync(join(smtp, d, 'index.html')));
  const codeDirs = dirs.filter((d) => !d.includes('-vs-'));
  const pairDirs = dirs.filter((d) => d.includes('-vs-'));

  const entryOf = (code: string) => (code.includes('.') ? enhanced.get(`X${code.slice(1)}`) : replies.get(code));

  const pages: CodePageView[] = codeDirs.map((code) => {
    const html = readFileSync(join(smtp, code, 'index.html'), 'utf8');
    const bounce = /data-fact="bounce" data-bounce="([^"]+)"/.exec(html)?.[1] ?? '?';
    const actionCell = /<td data-fact="action" data-action="([^"]+)"[^>]*>([\s\S]*?)<\/td>/.exec(html);
    const logs = [...section(html, 'in-your-logs').matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) => decode(m[1]!));
    const entry = entryOf(code);
    return {
      code,
      kind: code.includes('.') ? 'enhanced' : 'reply',
      bounce,
      action: actionCell?.[1] ?? '?',
      actionText: decode(actionCell?.[2] ?? ''),
      logLines: logs,
      declared: entry?.data.facts as DeclaredFacts | undefined,
      handWritten: entry ? handWritten(entry.data) : '',
    };
  });

  it('reads every code page', () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(pages.filter((p) => p.bounce === '?' || p.action === '?').map((p) => p.code)).toEqual([]);
  });

  it('badges follow the declared fate and never contradict the entry', () => {
    expect(pages.flatMap(checkBadge)).toEqual([]);
  });

  it('"What to do" agrees with the entry’s own fixes and FAQ', () => {
    expect(pages.flatMap(checkAction)).toEqual([]);
  });

  it('enhanced pages show only log lines of their own class', () => {
    expect(pages.flatMap(checkLogClass)).toEqual([]);
  });

  const stageFacts = new Map<string, StageFacts>(
    codeDirs.map((code) => {
      const api = JSON.parse(readFileSync(join(distDir, 'api/smtp', `${code}.json`), 'utf8')) as { stages: Stage[]; stagesComplete: boolean };
      return [code, { stages: api.stages, complete: api.stagesComplete }];
    }),
  );

  const views: ComparisonView[] = pairDirs.flatMap((slug) => {
    const html = readFileSync(join(smtp, slug, 'index.html'), 'utf8');
    if (isRedirectPage(html)) return [];
    const [a, b] = slug.split('-vs-') as [string, string];
    const summary = decode(/<p class="summary"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
    const differences = [...section(html, 'key-differences').matchAll(/<li data-difference="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => ({ kind: m[1]!, text: decode(m[2]!) }));
    const rows = [...section(html, 'side-by-side').matchAll(/<tr( data-row="both")?[^>]*><th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map((m) => {
      const cells = [...m[3]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1]!));
      return m[1] ? { label: decode(m[2]!), a: '', b: '', both: cells[0] ?? '' } : { label: decode(m[2]!), a: cells[0] ?? '', b: cells[1] ?? '' };
    });
    const practice = section(html, 'in-practice');
    const curatedFile = join(contentDir, 'comparisons', `${slug}.mdx`);
    const lead = existsSync(curatedFile) ? String((parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(curatedFile, 'utf8'))?.[1] ?? '') as { lead?: string }).lead ?? '') : '';
    const which = decode(section(html, 'which-one'));
    return [
      {
        a,
        b,
        summary,
        differences,
        rows,
        curated: practice ? `${lead} ${decode(practice)}`.trim() : undefined,
        generatedText: [lead ? '' : summary, ...differences.map((d) => d.text), which].join('\n'),
      },
    ];
  });

  it('reads every comparison page', () => {
    expect(views.length).toBeGreaterThanOrEqual(703);
  });

  it('every comparison has two real differences or says plainly what decides', () => {
    expect(views.flatMap(checkSubstance)).toEqual([]);
  });

  it('no "only X" or "any command" claim the stage facts do not hold', () => {
    expect(views.flatMap((v) => checkStageClaims(v, stageFacts))).toEqual([]);
  });

  it('curated comparisons agree with the generated rows on the same page', () => {
    expect(views.flatMap(checkCurated)).toEqual([]);
  });

  it('generated text keeps proper nouns in their case', () => {
    expect(views.flatMap((v) => checkProperNouns(`${v.a}-vs-${v.b}`, v.generatedText))).toEqual([]);
  });
});
