/**
 * The explain CLI as a pipeline sees it: the real script, spawned with node_modules/.bin first on
 * PATH (as npm runs it), fed and read through real pipes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function run(args: string[], input?: string) {
  const r = spawnSync('node', ['scripts/explain.ts', ...args], { cwd: root, env, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell pipeline and returns the exit status of its stage number `stage` (0-based). */
function pipeline(script: string, stage: number) {
  const r = spawnSync('bash', ['-c', `${script}; echo "status=\${PIPESTATUS[${stage}]}" >&2`], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: Number(/status=(\d+)/.exec(r.stderr)?.[1] ?? NaN) };
}

function vmKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

describe('explain: flags', () => {
  it('-h and --help print the usage on stdout and exit 0', () => {
    for (const flag of ['-h', '--help']) {
      const r = run([flag]);
      expect(r.status, flag).toBe(0);
      expect(r.stdout).toMatch(/^usage:/);
      expect(r.stdout).toContain('--stdin');
      expect(r.stdout).toContain('--message');
      expect(r.stderr).toBe('');
    }
  });

  it('--version prints the package version and exits 0', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(new RegExp(` ${pkg.version.replace(/\./g, '\\.')}$`));
  });

  it('an unknown flag is an error with the usage, exit 2, and nothing on stdout', () => {
    const r = run(['--frobnicate', '550']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown option "--frobnicate"');
    expect(r.stderr).toContain('usage:');
  });

  it('no paste at all is an error with the usage', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage:');
  });

  it('the usage says what to do when a paste is too long for the command line', () => {
    expect(run(['--help']).stdout).toMatch(/E2BIG[\s\S]*--stdin/);
  });

  it('explains one paste given as words, with reason, verdict and rule', () => {
    const r = run(['550', '5.1.1', 'user', 'unknown']);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ reply: '550', enhanced: '5.1.1', bounce: 'hard' });
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['url', 'title', 'reason', 'verdict', 'rule']));
  });

  it('"--" ends the options, so a paste may start with a dash', () => {
    const r = run(['--', '-ERR', '550 5.1.1 user unknown']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ reply: '550', enhanced: '5.1.1' });
  });

  it('takes a 100 KB argument (below the per-argument limit of the OS) and explains it', () => {
    const r = run([`550 5.1.1 ${'x'.repeat(100_000)}`]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ reply: '550' });
  });
});

describe('explain: pipes', () => {
  it('exits 0 quietly when the reader has gone before the only result is written (explain 550 | true)', () => {
    const r = pipeline('node scripts/explain.ts 550 | (exec 0<&-; true)', 0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.status).toBe(0);
  });

  it('exits 0 quietly when the reader stops after one line (explain --stdin | head -1)', () => {
    const r = pipeline("yes '550 5.1.1 user unknown' | head -n 300000 | node scripts/explain.ts --stdin | head -1", 2);
    expect(JSON.parse(r.stdout)).toMatchObject({ reply: '550' });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('fails with a message and exit 1 when a write really fails (stdout is /dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync('node', ['scripts/explain.ts', '550'], { cwd: root, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^explain: cannot write results: .*ENOSPC/);
    } finally {
      closeSync(full);
    }
  });

  it('--stdin gives one result per line, CRLF or LF, and a last line without newline', () => {
    const r = run(['--stdin'], '550 5.1.1 a\r\n421 4.7.0 b\n\nno code here\n452 4.2.2 c');
    expect(r.status).toBe(0);
    const results = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results.map((x) => x.reply)).toEqual(['550', '421', null, null, '452']);
  });

  it('with a reader that stalls, reads no further ahead than it writes, stays small, and delivers every line', async () => {
    const lines = 150_000;
    const input = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n';
    const child = spawn('node', ['scripts/explain.ts', '--stdin'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stdin.on('error', () => {});
    let accepted = 0;
    const feeding = (async () => {
      const batch = input.repeat(1000);
      for (let i = 0; i < lines / 1000; i++) {
        const ok = child.stdin.write(batch, (error) => {
          if (!error) accepted += batch.length;
        });
        if (!ok) await new Promise((resolve) => child.stdin.once('drain', resolve));
      }
      child.stdin.end();
    })();

    // The reader stalls: nobody reads stdout for long enough to process the whole input several times over.
    let peakKb = 0;
    for (let t = 0; t < 30; t++) {
      await sleep(200);
      peakKb = Math.max(peakKb, vmKb(child.pid!, 'VmRSS'));
    }
    const acceptedWhileStalled = accepted;
    const total = input.length * lines;

    // Then it reads slowly, a chunk at a time.
    let received = 0;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = tail + chunk.toString('utf8');
      const parts = text.split('\n');
      tail = parts.pop()!;
      received += parts.length;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const sampler = setInterval(() => (peakKb = Math.max(peakKb, vmKb(child.pid!, 'VmRSS'))), 100);
    const code = await exited;
    clearInterval(sampler);
    await feeding;

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(received).toBe(lines);
    expect(acceptedWhileStalled, `accepted ${acceptedWhileStalled} of ${total} input bytes while the reader stalled`).toBeLessThan(total / 10);
    expect(peakKb, 'peak RSS in kB').toBeLessThan(200 * 1024);
  });
});

describe('explain --message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explain-messages-'));
  const folder = join(dir, 'bounces');
  mkdirSync(folder);
  // Two of the project's own bounce fixtures (tests/fixtures/messages, expectations in expected.tsv).
  const fixtures = join(root, 'tests/fixtures/messages');
  copyFileSync(join(fixtures, 'own-postfix-dsn-two-recipients.eml'), join(folder, 'a.eml'));
  copyFileSync(join(fixtures, 'own-exim-ndr.eml'), join(folder, 'b.eml'));

  it('reads each named file as one whole message: one JSON result per file, naming the file', () => {
    const r = run(['--message', join(folder, 'a.eml'), join(folder, 'b.eml')]);
    expect(r.status).toBe(0);
    const results = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ file: join(folder, 'a.eml'), reply: '550', enhanced: '5.1.1' });
    expect(results[0].recipients).toHaveLength(2);
    expect(results[1]).toMatchObject({ file: join(folder, 'b.eml'), reply: '553', enhanced: '5.7.1' });
  });

  it('reads every file of a folder given by name, in name order', () => {
    const r = run(['--message', folder]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file)).toEqual([join(folder, 'a.eml'), join(folder, 'b.eml')]);
  });

  it('reads standard input as one message when no file is named', () => {
    const r = run(['--message'], readFileSync(join(folder, 'a.eml'), 'utf8'));
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ reply: '550', enhanced: '5.1.1' });
    expect(JSON.parse(lines[0]!).recipients).toHaveLength(2);
  });

  it('names a file it cannot read, explains the others, and exits 1', () => {
    const r = run(['--message', join(dir, 'missing.eml'), join(folder, 'b.eml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot read ${join(dir, 'missing.eml')}`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});
