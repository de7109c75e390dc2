/**
 * Reads content entries straight from disk (frontmatter + body), for scripts that run
 * outside Astro: the content check, the explain CLI, the benchmark.
 */
import type { DeclaredFacts } from '../../src/lib/facts.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCodeIndex, type CodeIndex } from '../../src/lib/codeIndex.ts';
import { codePath, withBase } from '../../src/lib/urls.ts';

export const projectRoot = new URL('../..', import.meta.url).pathname;
export const contentDir = process.env.CONTENT_DIR ?? join(projectRoot, 'content');

export interface LoadedEntry {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  body: string;
}

export function loadContentDir(dir: string): { entries: LoadedEntry[]; problems: string[] } {
  const entries: LoadedEntry[] = [];
  const problems: string[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(join(contentDir, dir)).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    return { entries, problems: [`content/${dir}: folder is missing`] };
  }
  for (const file of files) {
    const filePath = `content/${dir}/${file}`;
    const text = readFileSync(join(contentDir, dir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) {
      problems.push(`${filePath}: no frontmatter block (--- … ---) at the top`);
      continue;
    }
    try {
      entries.push({ id: file.replace(/\.mdx$/, ''), filePath, data: parseYaml(match[1]!) ?? {}, body: match[2]! });
    } catch (error) {
      problems.push(`${filePath}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { entries, problems };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The same index /api/codes.json serves, built from the content files. */
export function codeIndexFromContent(base = process.env.BASE_PATH ?? '/'): CodeIndex {
  const replies = loadContentDir('replies').entries.map(({ data }) => ({
    code: String(data.code),
    title: String(data.title),
    summary: String(data.summary),
    related: strings(data.related),
    enhanced: strings(data.enhanced),
    unofficial: (data.unofficial as { seenFrom?: string[] } | undefined)?.seenFrom?.join(', '),
    logLines: data.logLines as { line: string }[] | undefined,
    facts: data.facts as DeclaredFacts | undefined,
  }));
  const enhanced = loadContentDir('enhanced').entries.map(({ data }) => ({
    code: String(data.code),
    classes: strings(data.classes),
    title: String(data.title),
    summary: String(data.summary),
    related: strings(data.related),
    replyCodes: strings(data.replyCodes),
    vendor: (data.vendor as { name?: string } | undefined)?.name,
    detailRange: data.detailRange as [number, number] | undefined,
    logLines: data.logLines as { line: string }[] | undefined,
    facts: data.facts as DeclaredFacts | undefined,
  }));
  return buildCodeIndex(
    replies,
    enhanced,
    (code) => withBase(base, codePath(code)),
  );
}
