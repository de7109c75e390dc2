/** Two builds of the same commit give byte-identical output (or the test lists what differs). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, walk } from './builtSite.ts';

const root = new URL('../..', import.meta.url).pathname;
const second = join(root, 'dist-repro');

describe('reproducible builds', () => {
  it('a second build is byte-identical to the first', () => {
    rmSync(second, { recursive: true, force: true });
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, ASTRO_OUT_DIR: 'dist-repro' }, encoding: 'utf8' });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const first = walk(distDir).map((f) => relative(distDir, f)).sort();
    const again = walk(second).map((f) => relative(second, f)).sort();
    expect(again).toEqual(first);
    const differing = first.filter((f) => existsSync(join(second, f)) && !readFileSync(join(distDir, f)).equals(readFileSync(join(second, f))));
    expect(differing, `files that differ: ${differing.slice(0, 20).join(', ')}`).toEqual([]);
    rmSync(second, { recursive: true, force: true });
  });
});
