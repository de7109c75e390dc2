import { describe, expect, it } from 'vitest';
import { countWords, longSentences, markdownToText, sharedSentences } from '../../src/lib/prose.ts';

describe('prose measures', () => {
  it('counts words, not Markdown syntax', () => {
    expect(countWords('| a | b |\n|---|---|\n| one | two |')).toBe(4);
    expect(countWords('**Bold** words and `code` with [a link](https://example.com).')).toBe(7);
    expect(countWords('5.1.1 is a code')).toBe(4);
  });

  it('strips tags and tables', () => {
    expect(markdownToText('<b>x</b>')).not.toContain('<');
  });

  it('finds long sentences shared between documents, ignoring case and spacing', () => {
    const long = 'The receiving server refused this recipient because the mailbox does not exist at all.';
    const docs = new Map([
      ['a.mdx', `${long} Short one.`],
      ['b.mdx', `Intro here. ${long.toUpperCase().replace(/ /g, '  ')}`],
      ['c.mdx', 'Nothing in common with the others, and it says so in many different words here.'],
    ]);
    const shared = sharedSentences(docs);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.owners).toEqual(['a.mdx', 'b.mdx']);
    expect(longSentences('Too short to count.')).toEqual([]);
  });
});
