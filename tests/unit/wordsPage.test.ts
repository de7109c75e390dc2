/**
 * Where a bounce's words outweigh a generic code, the reader also gets the page of what the words
 * say (issue 12: "550 5.0.0 … User unknown" should not leave the reader on "Other undefined Status").
 */
import { describe, expect, it } from 'vitest';
import { codeIndexFromContent } from '../../scripts/lib/contentFiles.ts';
import { indexByCode } from '../../src/lib/codeIndex.ts';
import { classify } from '../../src/lib/bounce/classify.ts';
import { diagnose } from '../../src/lib/bounce/diagnose.ts';

const codes = indexByCode(codeIndexFromContent());
const wordsUrlOf = async (line: string) => (await diagnose(line, codes)).recipients[0]?.wordsUrl ?? null;

describe('the page of what the words say', () => {
  it('is set only where the words decided the reason', () => {
    expect(classify({ reply: '554', enhanced: '5.0.0', diagnostic: '554 5.0.0 Recipient address rejected: User unknown' }).wordsCode).toBe('5.1.1');
    // The code decided (no words name a reason).
    expect(classify({ reply: '550', enhanced: '5.1.1', diagnostic: '550 5.1.1 Rejected' }).wordsCode).toBeNull();
    // The stage changed the reason: "user unknown" after DATA is a filter, not what 5.1.1 explains.
    expect(classify({ reply: '550', enhanced: null, diagnostic: '550 Unknown user bob@example.net', stage: 'end of data' }).wordsCode).toBeNull();
  });

  it('links the words’ page under a generic code, in the class of the reply', async () => {
    expect(await wordsUrlOf('554 5.0.0 Recipient address rejected: User unknown')).toBe('/smtp/5.1.1/');
    expect(await wordsUrlOf('530 5.7.0 Must issue a STARTTLS command first')).toBe('/smtp/530/');
    // A 5xx "mailbox full" reads the 5.2.2 page, not the 4.2.2 one the typed phrase opens.
    expect(await wordsUrlOf('550 5.0.0 mailbox full')).toBe('/smtp/5.2.2/');
    expect(await wordsUrlOf('452 4.0.0 mailbox full')).toBe('/smtp/4.2.2/');
  });

  it('adds nothing when the code’s own page already says it', async () => {
    expect(await wordsUrlOf('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown')).toBeNull();
    expect(await wordsUrlOf('550 5.7.1 Service unavailable; client [192.0.2.22] blocked using zen.spamhaus.org')).toBeNull();
    expect(await wordsUrlOf('550 5.1.1 Rejected')).toBeNull();
  });
});
