import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { replySchema } from '../../src/schemas/reply.ts';
import { enhancedSchema } from '../../src/schemas/enhanced.ts';

const root = new URL('../..', import.meta.url).pathname;

function scaffold(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-new-'));
  mkdirSync(join(dir, 'replies'));
  mkdirSync(join(dir, 'enhanced'));
  const run = spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), code], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  return { dir, run };
}

function frontmatter(path: string) {
  return parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!);
}

describe('npm run new scaffolds an entry the build refuses until finished', () => {
  it('writes a reply entry with every field, pre-filled facts and TODO markers', () => {
    const { dir, run } = scaffold('421');
    expect(run.status).toBe(0);
    const data = frontmatter(join(dir, 'replies/421.mdx'));
    expect(data.title).toBe('Service not available, closing transmission channel');
    expect(data.standards).toEqual([{ rfc: 'RFC 5321', section: '4.2.3' }]);
    const result = replySchema(z.string()).safeParse(data);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.filter((i) => i.message.includes('TODO')).map((i) => i.path[0]);
    expect(new Set(paths)).toEqual(new Set(['summary', 'logLines', 'playsOut', 'causes', 'fixes', 'faq']));
  });

  it('writes an enhanced entry under its registry spelling', () => {
    const { dir, run } = scaffold('5.7.26');
    expect(run.status).toBe(0);
    const data = frontmatter(join(dir, 'enhanced/X.7.26.mdx'));
    expect(data.classes).toEqual(['5']);
    expect(enhancedSchema(z.string()).safeParse(data).success).toBe(false);
  });

  it('refuses something that is not a code, and never overwrites', () => {
    expect(scaffold('hello').run.status).toBe(2);
    const { dir } = scaffold('421');
    const again = spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), '421'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });
});
