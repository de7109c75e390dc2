import { describe, expect, it } from 'vitest';
import { patternTerms } from '../../src/lib/reader/patternTerms.ts';
import { isFailedRecipient } from '../../src/lib/reader/failedRecipients.ts';
import { highlightSegments, mergeMatches } from '../../src/lib/reader/highlight.ts';
import { maskAddress, maskAddressesIn } from '../../src/lib/reader/maskAddress.ts';
import { isMultiLinePaste } from '../../src/lib/reader/multiLinePaste.ts';
import { decodeFragment, encodeFragment, isSitePath, type SharedRecipient } from '../../src/lib/reader/permalink.ts';
import { replyLine, ticketText, type TicketRecipient } from '../../src/lib/reader/ticketText.ts';
import { ticket } from '../../src/ui/readerText.ts';
import { verdictLabel } from '../../src/ui/bounceText.ts';

describe('highlightSegments', () => {
  it('marks exactly the matched spans and keeps every character', () => {
    const text = '550 5.7.1 blocked using zen.spamhaus.org';
    const segments = highlightSegments(text, [{ start: 10, end: 17 }, { start: 24, end: 40 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['blocked', 'zen.spamhaus.org']);
  });
  it('merges overlapping and unsorted spans, drops empty and out-of-range ones', () => {
    expect(mergeMatches([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 6 }, { start: 7, end: 7 }, { start: 50, end: 60 }], 20)).toEqual([
      { start: 0, end: 9 },
    ]);
  });
  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlightSegments('User unknown', [])).toEqual([{ text: 'User unknown', marked: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false }]);
  });
});

describe('maskAddress', () => {
  it('keeps the first character, the domain and the length', () => {
    expect(maskAddress('kijitora@example.jp')).toBe('k•••••••@example.jp');
    expect(maskAddress('kijitora@example.jp')).toHaveLength('kijitora@example.jp'.length);
  });
  it('masks every address inside a text without moving the other words', () => {
    const text = '550 5.1.1 <bob.smith@example.com>... User unknown';
    const masked = maskAddressesIn(text);
    expect(masked).toBe('550 5.1.1 <b••••••••@example.com>... User unknown');
    expect(masked.indexOf('User unknown')).toBe(text.indexOf('User unknown'));
  });
});

describe('isMultiLinePaste', () => {
  it('is true for two or more non-blank lines, in any line-ending style', () => {
    expect(isMultiLinePaste('line one\nline two')).toBe(true);
    expect(isMultiLinePaste('line one\r\nline two')).toBe(true);
    expect(isMultiLinePaste('line one\rline two')).toBe(true);
  });
  it('is false for one line, even with blank lines around it', () => {
    expect(isMultiLinePaste('550 5.1.1 User unknown')).toBe(false);
    expect(isMultiLinePaste('\n  550 5.1.1 User unknown \n\n')).toBe(false);
  });
});

const recipient: SharedRecipient = {
  address: 'kijitora@example.jp',
  reply: '550',
  enhanced: '5.2.1',
  diagnostic: '550 5.2.1 <kijitora@example.jp>... User Unknown',
  remoteMta: 'mx.example.jp',
  stage: 'RCPT TO',
  action: 'failed',
  reason: 'UserUnknown',
  verdict: 'suppress',
  url: '/smtp/5.2.1/#how-to-fix',
};

describe('permalink fragment', () => {
  it('round-trips a diagnosis, with and without the paste', async () => {
    const diagnosis = { masked: false, recipients: [recipient, { ...recipient, address: null, reason: 'MailboxFull' as const, verdict: 'retry' as const }], paste: null };
    const fragment = await encodeFragment(diagnosis);
    expect(fragment).toMatch(/^r=[A-Za-z0-9_-]+$/);
    expect(await decodeFragment(`#${fragment}`)).toEqual(diagnosis);
    const withPaste = { ...diagnosis, masked: true, paste: 'Final-Recipient: rfc822; <script>alert(1)</script>\n' };
    expect(await decodeFragment(await encodeFragment(withPaste))).toEqual(withPaste);
  });
  it('rejects fragments that are not ours or are malformed', async () => {
    for (const bad of ['', '#', '#how-to-fix', '#r=', '#r=!!!', '#r=AAAA', '#x=abc']) expect(await decodeFragment(bad)).toBeNull();
  });
  it('drops what a crafted link could abuse: foreign or script links, unknown reasons and verdicts', async () => {
    const crafted = await encodeFragment({
      masked: false,
      paste: null,
      recipients: [{ ...recipient, url: 'javascript:alert(1)', reason: 'Hacked' as never, verdict: 'delete-everything' as never }],
    });
    const decoded = await decodeFragment(crafted);
    expect(decoded?.recipients[0]).toMatchObject({ url: null, reason: null, verdict: null, address: 'kijitora@example.jp' });
  });
  it('accepts only site-relative paths as links', () => {
    expect(isSitePath('/smtp/5.1.1/#how-to-fix')).toBe(true);
    expect(isSitePath('/docs/smtp/smtp/550/')).toBe(true);
    for (const bad of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)', 'smtp/550/', '/smtp/550/#a b', '/"onmouseover=x']) {
      expect(isSitePath(bad)).toBe(false);
    }
  });
});

describe('ticketText', () => {
  const words = { ...ticket, verdictLabel };
  const row: TicketRecipient = { ...recipient, reason: 'UserUnknown', verdict: 'suppress', rule: "'User Unknown': the mailbox does not exist" };

  it('has the reply line, recipient, verdict, next action and links on the given host', () => {
    const text = ticketText([row], words, { origin: 'http://localhost:4451', masked: false, permalink: 'http://localhost:4451/read/#r=abc' });
    expect(text).toContain('Reply: 550 5.2.1 <kijitora@example.jp>... User Unknown');
    expect(text).toContain('Recipient: kijitora@example.jp');
    expect(text).toContain('Verdict: suppress');
    expect(text).toContain(`Next action: ${verdictLabel.suppress}`);
    expect(text).toContain("Rule: 'User Unknown': the mailbox does not exist");
    expect(text).toContain('Read: http://localhost:4451/smtp/5.2.1/#how-to-fix');
    expect(text).toContain('http://localhost:4451/read/#r=abc');
  });
  it('masks the recipient everywhere it appears when asked', () => {
    const text = ticketText([row], words, { origin: 'https://x.example', masked: true, permalink: null });
    expect(text).not.toContain('kijitora@');
    expect(text).toContain('k•••••••@example.jp');
  });
  it('joins a folded reply into one line and falls back to the codes', () => {
    expect(replyLine({ reply: '550', enhanced: '5.1.1', diagnostic: '550-5.1.1 The email account\n    does not exist' })).toBe('550-5.1.1 The email account does not exist');
    expect(replyLine({ reply: '550', enhanced: null, diagnostic: null })).toBe('550');
    expect(replyLine({ reply: null, enhanced: null, diagnostic: '  ' })).toBeNull();
  });
});

describe('isFailedRecipient', () => {
  it('keeps failed, delayed and unstated recipients', () => {
    for (const action of ['failed', 'delayed', 'bounced', 'deferred', null]) expect(isFailedRecipient({ action, reason: 'UserUnknown' })).toBe(true);
  });
  it('drops deliveries, by action or by reason', () => {
    for (const action of ['delivered', 'Relayed', 'expanded', 'sent']) expect(isFailedRecipient({ action, reason: 'Undefined' })).toBe(false);
    expect(isFailedRecipient({ action: null, reason: 'Delivered' })).toBe(false);
  });
});

describe('patternTerms', () => {
  it('turns provider patterns into the words they look for', () => {
    expect(patternTerms(/\bgsmtp\b|support\.google\.com\/(?:mail|a)\b/i)).toEqual(['gsmtp', 'support.google.com/mail', 'support.google.com/a']);
    expect(patternTerms(/(?:^|\.)(?:outlook\.com|hotmail\.com|live\.com)$/i)).toEqual(['outlook.com', 'hotmail.com', 'live.com']);
    expect(patternTerms(/spamhaus/i)).toEqual(['spamhaus']);
    // Pattern syntax is never shown to a reader: such terms are left out.
    expect(patternTerms(/\bS31[45]0\b|\bAS\(\d+\)|RESOLVER\./)).toEqual(['RESOLVER.']);
    expect(patternTerms(/\byahoo(?:inc)?\b|yahoodns\.net/i)).toEqual(['yahoo', 'yahooinc', 'yahoodns.net']);
    // Too many spellings to list: left out rather than shown as a pattern.
    expect(patternTerms(/domain (?:is )?listed (?:in|on|by) spamhaus/i)).toEqual([]);
    expect(patternTerms(undefined)).toEqual([]);
  });
});
