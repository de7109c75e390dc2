/**
 * Node-side access to the shared bounce-message corpus (../shared/reference/bounce-messages) and
 * to this project's own message fixtures (tests/fixtures/messages). The held-out rule lives in
 * src/lib/bounce/corpusSplit.ts; the list it produced is tests/fixtures/messages/held-out.txt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHeldOutList } from '../../src/lib/bounce/corpusSplit.ts';
import { projectRoot } from './contentFiles.ts';

const CORPUS_TAIL = join('shared', 'reference', 'bounce-messages');

/**
 * The shared corpus sits beside the project (`../shared`); a git worktree may be one level
 * deeper, so look in each ancestor. BOUNCE_CORPUS overrides. Null when absent.
 */
export function findCorpus(): string | null {
  if (process.env.BOUNCE_CORPUS) return existsSync(process.env.BOUNCE_CORPUS) ? process.env.BOUNCE_CORPUS : null;
  for (let dir = dirname(projectRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, CORPUS_TAIL);
    if (existsSync(join(candidate, 'expected.tsv'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export const ownMessagesDir = join(projectRoot, 'tests/fixtures/messages');

export function heldOutNames(): Set<string> {
  return new Set(parseHeldOutList(readFileSync(join(ownMessagesDir, 'held-out.txt'), 'utf8')));
}

export interface CorpusMessage {
  name: string;
  text: string;
}

/** The .eml files (and .txt log excerpts) of a folder, read as UTF-8 text, as a paste arrives (MIME decoding is the reader's job). */
export function corpusMessages(dir: string): CorpusMessage[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.eml') || (n.endsWith('.txt') && n !== 'held-out.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
