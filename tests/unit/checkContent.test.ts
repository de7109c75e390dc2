/**
 * `npm run test:content` (scripts/check-content.ts) over planted malformed entries: every one is
 * reported with its file and field, nothing crashes, and it catches what the build catches.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };
const valid = readFileSync(new URL('../fixtures/content/valid-reply.mdx', import.meta.url), 'utf8');
const as = (code: string) => valid.replace('code: "550"', `code: "${code}"`);

function check(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
  for (const folder of ['replies', 'enhanced', 'comparisons']) mkdirSync(join(dir, folder));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync('node', ['scripts/check-content.ts'], { cwd: root, env: { ...env, CONTENT_DIR: dir }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('check-content over malformed entries', () => {
  const { status, output } = check({
    'replies/550.mdx': valid.replace('related: []', 'related: "554"'),
    'replies/551.mdx': as('551').replace('enhanced: []', 'enhanced: 5').replace(/^faq:/m, 'faq: "none"\nfaqOld:'),
    'replies/552.mdx': as('552').replace(/^standards:\n(  .*\n)+/m, 'standards: "RFC 5321"\n'),
    'replies/553.mdx': '---\n- just\n- a list\n---\nBody text.\n',
    'replies/554.mdx': `${as('554')}\n<div>\n\nnever closed\n`,
    'replies/555.mdx': `${as('555')}\n<img src="x.png" onerror="alert(1)" />\n`,
    'replies/521.mdx': as('521').replace('related: []', 'unofficial:\n  seenFrom: ["Example MTA"]\n  evidence: ["javascript:alert(1)"]\n  note: "Seen from one vendor only, in its public docs."\nrelated: []'),
    'comparisons/550-vs-421.mdx': '---\na: "550"\nb: "421"\nreviewed:\n  date: 2026-11-23\n---\n\nA narrative with [a link](data:text/html,x).\n',
  });

  it('does not crash: it reports and exits 1', () => {
    expect(output).not.toMatch(/TypeError|ReferenceError|\n\s+at /);
    expect(status).toBe(1);
  });

  it('names the file and field of a list given as a string', () => {
    expect(output).toMatch(/content\/replies\/550\.mdx: field "related": /);
    expect(output).toMatch(/content\/replies\/551\.mdx: field "enhanced": /);
    expect(output).toMatch(/content\/replies\/551\.mdx: field "faq": /);
    expect(output).toMatch(/content\/replies\/552\.mdx: field "standards": /);
  });

  it('names a frontmatter that is not a mapping', () => {
    expect(output).toMatch(/content\/replies\/553\.mdx: field "\(root\)": /);
  });

  it('catches an MDX syntax error', () => {
    expect(output).toMatch(/content\/replies\/554\.mdx: field "body": MDX syntax error: .*closing tag/);
  });

  it('catches unsafe markup and non-http(s) URLs, as the build does', () => {
    expect(output).toMatch(/content\/replies\/555\.mdx: field "body": line \d+: the event handler onerror= on <img> is not allowed/);
    expect(output).toMatch(/content\/replies\/521\.mdx: field "unofficial\.evidence\.0": must be an http:\/\/ or https:\/\/ address/);
    expect(output).toMatch(/content\/comparisons\/550-vs-421\.mdx: field "body": line \d+: a data: link is not allowed/);
  });

  it('checks comparison files too: canonical name', () => {
    expect(output).toMatch(/content\/comparisons\/550-vs-421\.mdx: the file must be named 421-vs-550\.mdx/);
  });
});
