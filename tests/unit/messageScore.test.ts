import { describe, expect, it } from 'vitest';
import {
  enhancedMatches, expectedVerdict, isPseudoStatus, normalizeReason, parseExpectedTsv, scoreCorpus,
} from '../../src/lib/bounce/messageScore.ts';

const tsv = [
  'file\trecipient_index\tstatus\treply\treason\tsource_test',
  'a.eml\t1\t5.1.1\t550\tuserunknown\tt',
  'a.eml\t2\t5.2.2\t552\tmesgtoobig\tt',
  'b.eml\t1\t5.0.911\t\tuserunknown\tt',
  'c.eml\t1\t4.4.7\t\tspeeding\tt',
].join('\n');

describe('corpus scorer', () => {
  it('maps old reason names to the 5.x vocabulary', () => {
    expect(normalizeReason('mesgtoobig')).toBe('EmailTooLarge');
    expect(normalizeReason('ExceedLimit')).toBe('EmailTooLarge');
    expect(normalizeReason('speeding')).toBe('RateLimited');
    expect(normalizeReason('toomanyconn')).toBe('RateLimited');
    expect(normalizeReason('userunknown')).toBe('UserUnknown');
    expect(normalizeReason('no-such-reason')).toBe('Undefined');
  });

  it("treats sisimai's x.0.9xx as invented: no code or the generic x.0.0 is right", () => {
    expect(isPseudoStatus('5.0.911')).toBe(true);
    expect(isPseudoStatus('5.0.0')).toBe(false);
    expect(enhancedMatches('5.0.911', null)).toBe(true);
    expect(enhancedMatches('5.0.911', '5.0.0')).toBe(true);
    expect(enhancedMatches('5.0.911', '5.1.1')).toBe(false);
    expect(enhancedMatches('5.1.1', null)).toBe(false);
    expect(enhancedMatches('5.1.1', '5.1.1')).toBe(true);
  });

  it('gives each reason the verdict of issue 12', () => {
    expect(expectedVerdict('UserUnknown')).toBe('suppress');
    expect(expectedVerdict('MailboxFull')).toBe('retry');
    expect(expectedVerdict('Blocked')).toBe('fix-sending');
    expect(expectedVerdict('Vacation')).toBe('none');
    expect(expectedVerdict('Undefined')).toBeNull();
  });

  it('scores per recipient by position, and per message', () => {
    const rows = parseExpectedTsv(tsv);
    expect(rows).toHaveLength(4);
    const s = scoreCorpus(rows, new Map([
      ['a.eml', [
        { reply: '550', enhanced: '5.1.1', reason: 'UserUnknown' as const, verdict: 'suppress' as const },
        { reply: '552', enhanced: '5.3.4', reason: 'EmailTooLarge' as const, verdict: 'fix-sending' as const },
      ]],
      ['b.eml', [{ reply: null, enhanced: null, reason: 'Undefined' as const, verdict: 'none' as const }]],
      // c.eml not read: not counted
    ]));
    expect(s.recipients).toBe(3);
    expect(s.messages).toBe(2);
    expect(s.reply).toBe(1);
    expect(s.enhanced).toBeCloseTo(2 / 3);
    expect(s.reason).toBeCloseTo(2 / 3);
    expect(s.verdict).toBeCloseTo(2 / 3);
    expect(s.messagesBoth).toBe(0.5);
  });

  it('counts a missing recipient as wrong on every field', () => {
    const s = scoreCorpus(parseExpectedTsv(tsv), new Map([['a.eml', [{ reply: '550', enhanced: '5.1.1' }]]]));
    expect(s.rows[1]!.got).toBeNull();
    expect(s.both).toBe(0.5);
  });

  it('rejects a file with the wrong header', () => {
    expect(() => parseExpectedTsv('name\tindex\n')).toThrow(/unexpected header/);
  });
});
