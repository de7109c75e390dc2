import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCorpus, ownMessagesDir } from '../../scripts/lib/bounceCorpus.ts';
import { isHeldOutHash, parseHeldOutList } from '../../src/lib/bounce/corpusSplit.ts';

const corpus = findCorpus();
const listFile = join(ownMessagesDir, 'held-out.txt');

describe('held-out split of the bounce-message corpus', () => {
  it.skipIf(!corpus)('the committed list is exactly the messages whose SHA-256 starts with 0-3', () => {
    const names = readdirSync(corpus!).filter((n) => n.endsWith('.eml')).sort();
    const byRule = names.filter((n) => isHeldOutHash(createHash('sha256').update(readFileSync(join(corpus!, n))).digest('hex')));
    expect(parseHeldOutList(readFileSync(listFile, 'utf8'))).toEqual(byRule);
    // about a quarter, and never empty
    expect(byRule.length / names.length).toBeGreaterThan(0.18);
    expect(byRule.length / names.length).toBeLessThan(0.32);
  });

  it('the rule looks at the first hex digit only', () => {
    expect(isHeldOutHash('3fff')).toBe(true);
    expect(isHeldOutHash('4000')).toBe(false);
    expect(isHeldOutHash('')).toBe(false);
  });
});
