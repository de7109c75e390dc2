/**
 * Explains pasted SMTP errors and bounce messages for support staff and scripts.
 *
 *   npm run -s explain -- "550 5.1.1 <bob@example.com>: Recipient address rejected"
 *   some-command | npm run -s explain -- --stdin     # one paste per line, one JSON object per line
 *   npm run -s explain -- --message bounces/*.eml     # one whole message per file, one JSON object each
 *
 * Prints one JSON object per input on stdout and nothing else; problems go to stderr.
 * Exit status: 0 (also when the reader closes the pipe early), 1 when a write or a file read
 * fails, 2 for a command-line mistake.
 */
// First: GC sizing must be in place before anything allocates much.
import './lib/smallHeap.ts';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { indexByCode } from '../src/lib/codeIndex.ts';
import { explain } from '../src/lib/bounce/diagnose.ts';
import { parseExplainArgs, USAGE, type ExplainCommand } from './lib/cliArgs.ts';
import { splitLines } from './lib/lines.ts';
import { isReaderGone, lineOutput } from './lib/output.ts';
import { codeIndexFromContent } from './lib/contentFiles.ts';
import pkg from '../package.json' with { type: 'json' };

/** A whole message larger than this is refused rather than read into memory. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const command = parseExplainArgs(process.argv.slice(2));
if (command.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (command.kind === 'version') {
  process.stdout.write(`explain (${pkg.name}) ${pkg.version}\n`);
  process.exit(0);
}
if (command.kind === 'usage-error') {
  process.stderr.write(`explain: ${command.message}\n${USAGE}\n`);
  process.exit(2);
}

const codes = indexByCode(codeIndexFromContent());
const out = lineOutput(process.stdout);
let failed = false;

function complain(message: string): void {
  failed = true;
  process.stderr.write(`explain: ${message}\n`);
}

/** Every file named, with each folder replaced by the regular files in it (sorted, not recursive). */
async function* messageFiles(names: string[]): AsyncGenerator<string> {
  for (const name of names) {
    let info;
    try {
      info = await stat(name);
    } catch (error) {
      complain(`cannot read ${name}: ${(error as Error).message}`);
      continue;
    }
    if (!info.isDirectory()) {
      yield name;
      continue;
    }
    const entries = (await readdir(name, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.'));
    for (const entry of entries.map((e) => e.name).sort()) yield join(name, entry);
  }
}

async function readMessage(file: string): Promise<string | null> {
  try {
    const { size } = await stat(file);
    if (size > MAX_MESSAGE_BYTES) {
      complain(`${file} is ${size} bytes; messages over ${MAX_MESSAGE_BYTES} bytes are not read`);
      return null;
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    complain(`cannot read ${file}: ${(error as Error).message}`);
    return null;
  }
}

async function readStdin(): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_MESSAGE_BYTES) {
      complain(`standard input is over ${MAX_MESSAGE_BYTES} bytes; messages that large are not read`);
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What reads input and writes results (help and version have been answered above). */
type Work = Extract<ExplainCommand, { kind: 'text' | 'lines' | 'messages' }>;

async function run(work: Work): Promise<void> {
  if (work.kind === 'text') {
    await out.line(JSON.stringify(await explain(work.text, codes)));
  } else if (work.kind === 'lines') {
    for await (const line of splitLines(process.stdin)) await out.line(JSON.stringify(await explain(line, codes)));
  } else if (work.files.length === 0) {
    const text = await readStdin();
    if (text !== null) await out.line(JSON.stringify(await explain(text, codes)));
  } else {
    for await (const file of messageFiles(work.files)) {
      const text = await readMessage(file);
      if (text !== null) await out.line(JSON.stringify({ file, ...(await explain(text, codes)) }));
    }
  }
  await out.flush();
}

try {
  await run(command);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  if (isReaderGone(error)) {
    // The reader has what it wanted (`| head -1`): not an error.
    process.exitCode = failed ? 1 : 0;
  } else {
    process.stderr.write(`explain: cannot write results: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
// Standard input may still be open (the reader left early); do not wait for it.
process.exit();
