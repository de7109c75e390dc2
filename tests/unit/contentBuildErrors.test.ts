/**
 * A malformed entry must fail the build with a message naming the file and the field.
 * Each case syncs a small content folder through Astro's real content layer (`astro sync`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const valid = readFileSync(new URL('../fixtures/content/valid-reply.mdx', import.meta.url), 'utf8');

function sync(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-content-'));
  mkdirSync(join(dir, 'replies'));
  mkdirSync(join(dir, 'enhanced'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'replies', name), text);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('bad content fails the build with the file and field named', () => {
  it('accepts a valid entry (the control case)', () => {
    const { status, output } = sync({ '550.mdx': valid });
    expect(output).not.toMatch(/does not match collection schema|Invalid content/);
    expect(status).toBe(0);
  });

  it('rejects a field of the wrong type', () => {
    const { status, output } = sync({ '550.mdx': valid.replace('severity: high', 'severity: 5') });
    expect(status).not.toBe(0);
    expect(output).toContain('550.mdx');
    expect(output).toMatch(/severity/);
  });

  it('rejects a missing required field', () => {
    const { status, output } = sync({ '550.mdx': valid.replace(/^summary: .*\n/m, '') });
    expect(status).not.toBe(0);
    expect(output).toContain('550.mdx');
    expect(output).toMatch(/summary/);
  });

  it('rejects a file whose name is not its code', () => {
    const { status, output } = sync({ '551.mdx': valid });
    expect(status).not.toBe(0);
    expect(output).toContain('content/replies/551.mdx'.split('/').pop()!);
    expect(output).toMatch(/field "code" is "550" but the file is named 551\.mdx/);
  });

  it('rejects a duplicate code', () => {
    const { status, output } = sync({ '550.mdx': valid, '550-copy.mdx': valid });
    expect(status).not.toBe(0);
    expect(output).toMatch(/field "code" duplicates code 550, already defined in/);
    expect(output).toContain('550-copy.mdx');
  });

  it('rejects a related code that does not exist', () => {
    const { status, output } = sync({ '550.mdx': valid.replace('related: []', 'related: ["599"]') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/550\.mdx: field "related" names 599, which has no page/);
  });

  it('rejects a TODO marker left by the scaffold', () => {
    const { status, output } = sync({ '550.mdx': valid.replace(/^title: .*$/m, 'title: "TODO: official title"') });
    expect(status).not.toBe(0);
    expect(output).toContain('550.mdx');
    expect(output).toMatch(/title[\s\S]*TODO marker/);
  });

  it('rejects a raw HTML event handler in the MDX body', () => {
    const { status, output } = sync({ '550.mdx': valid.replace('the mail-system group:', 'the mail-system group <img src="x.png" onerror="alert(1)" />:') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/550\.mdx: field "body": line \d+: the event handler onerror= on <img> is not allowed/);
  });

  it('rejects <script> and a javascript: link in the MDX body', () => {
    const { status, output } = sync({
      '550.mdx': valid.replace('the mail-system group:', 'the mail-system group [here](javascript:alert(1)):').replace(/\n$/, '\n\n<script>alert(1)</script>\n'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/550\.mdx: field "body": line \d+: a javascript: link is not allowed/);
    expect(output).toMatch(/550\.mdx: field "body": line \d+: <script> is not allowed/);
  });

  it('rejects a URL field that is not http(s)', () => {
    const { status, output } = sync({
      '550.mdx': valid.replace('related: []', 'unofficial:\n  seenFrom: ["Example MTA"]\n  evidence: ["javascript:alert(1)"]\n  note: "Seen from one vendor only, in its public docs."\nrelated: []'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('550.mdx');
    expect(output).toMatch(/unofficial\.evidence\.0[\s\S]*http:\/\/ or https:\/\//);
  });
});
