import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseExplainArgs } from '../../scripts/lib/cliArgs.ts';
import { splitLines } from '../../scripts/lib/lines.ts';
import { lineOutput, ReaderGone } from '../../scripts/lib/output.ts';

async function collect(chunks: (string | Buffer)[], max?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const line of splitLines((async function* () { yield* chunks; })(), max)) out.push(line);
  return out;
}

describe('parseExplainArgs', () => {
  it('reads the modes', () => {
    expect(parseExplainArgs(['550', '5.1.1'])).toEqual({ kind: 'text', text: '550 5.1.1' });
    expect(parseExplainArgs(['--stdin'])).toEqual({ kind: 'lines' });
    expect(parseExplainArgs(['--message'])).toEqual({ kind: 'messages', files: [] });
    expect(parseExplainArgs(['--message', 'a.eml', 'b.eml'])).toEqual({ kind: 'messages', files: ['a.eml', 'b.eml'] });
    expect(parseExplainArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseExplainArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('reads options only before the paste, and "--" ends them', () => {
    expect(parseExplainArgs(['550', '-h'])).toEqual({ kind: 'text', text: '550 -h' });
    expect(parseExplainArgs(['--', '-ERR', '550'])).toEqual({ kind: 'text', text: '-ERR 550' });
    expect(parseExplainArgs(['--message', '--', '-odd.eml'])).toEqual({ kind: 'messages', files: ['-odd.eml'] });
  });

  it('refuses unknown flags and contradictions', () => {
    expect(parseExplainArgs(['-x'])).toMatchObject({ kind: 'usage-error', message: 'unknown option "-x"' });
    expect(parseExplainArgs(['--stdin', '--message'])).toMatchObject({ kind: 'usage-error' });
    expect(parseExplainArgs(['--stdin', 'text'])).toMatchObject({ kind: 'usage-error' });
    expect(parseExplainArgs([])).toMatchObject({ kind: 'usage-error' });
  });
});

describe('splitLines', () => {
  it('splits across chunk boundaries, drops CR before LF, keeps a last line without newline', async () => {
    expect(await collect(['55', '0 a\r', '\n421 b\n\n', 'tail'])).toEqual(['550 a', '421 b', '', 'tail']);
  });

  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('é\n');
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(['é']);
  });

  it('cuts an endless line instead of buffering it', async () => {
    expect(await collect(['a'.repeat(10), 'b'.repeat(10), '\nnext'], 8)).toEqual(['aaaaaaaa', 'next']);
  });
});

describe('lineOutput', () => {
  it('waits for a slow stream to take each chunk before taking more lines', async () => {
    const taken: string[] = [];
    let release: (() => void) | null = null;
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk, _enc, done) {
        taken.push(String(chunk));
        release = done;
      },
    });
    const out = lineOutput(slow, 4);
    let resolved = false;
    const first = out.line('12345').then(() => (resolved = true));
    await new Promise((r) => setImmediate(r));
    expect(taken).toEqual(['12345\n']);
    expect(resolved).toBe(false);
    release!();
    await first;
    expect(resolved).toBe(true);
  });

  it('turns EPIPE into ReaderGone and any other error into itself', async () => {
    const failing = (code: string) =>
      new Writable({
        write(_chunk, _enc, done) {
          done(Object.assign(new Error(code), { code }));
        },
      });
    await expect(lineOutput(failing('EPIPE'), 1).line('x')).rejects.toBeInstanceOf(ReaderGone);
    await expect(lineOutput(failing('ENOSPC'), 1).line('x')).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('flush writes what is queued', async () => {
    const sink = new PassThrough();
    const out = lineOutput(sink);
    await out.line('a');
    await out.line('b');
    await out.flush();
    expect(String(sink.read())).toBe('a\nb\n');
  });
});
