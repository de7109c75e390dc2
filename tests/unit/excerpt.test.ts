import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/excerpt.ts';

describe('excerptParts', () => {
  it('keeps the spaces on both sides of a highlighted word', () => {
    const parts = excerptParts('The <mark>mailbox</mark> is <mark>full</mark>. The recipient');
    expect(parts).toEqual([
      { text: 'The ', marked: false },
      { text: 'mailbox', marked: true },
      { text: ' is ', marked: false },
      { text: 'full', marked: true },
      { text: '. The recipient', marked: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('The mailbox is full. The recipient');
  });

  it('decodes escaped page text but never turns it into markup', () => {
    const parts = excerptParts('rejected &lt;bob@example.com&gt;: <mark>User</mark> &quot;unknown&quot; &amp; gone');
    expect(parts.map((p) => p.text).join('')).toBe('rejected <bob@example.com>: User "unknown" & gone');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['User']);
  });

  it('drops stray tags outside <mark> and leaves empty runs out', () => {
    expect(excerptParts('<mark>550</mark><b>x</b>')).toEqual([
      { text: '550', marked: true },
      { text: 'x', marked: false },
    ]);
  });
});

describe('decodeEntities', () => {
  it('handles numeric references and leaves unknown ones alone', () => {
    expect(decodeEntities('it&#39;s &#x2014; &bogus; &#0;')).toBe("it's \u2014 &bogus; &#0;");
  });
});
