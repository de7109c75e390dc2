import { describe, expect, it } from 'vitest';
import { bounceOfOutcome, compareCodes, isEnhancedCode, isReplyCode, replyBounce, replyClassDigit, replyGroup, replyOutcome } from '../../src/lib/replyCode.ts';

describe('reply code facts derived from the digits', () => {
  it('recognises reply codes and rejects look-alikes', () => {
    for (const code of ['211', '250', '334', '421', '550', '559']) expect(isReplyCode(code)).toBe(true);
    for (const code of ['199', '600', '560', '55', '5500', '55a', ' 550']) expect(isReplyCode(code)).toBe(false);
  });

  it('maps the first digit to the RFC 5321 outcome', () => {
    expect(replyOutcome('250')).toBe('success');
    expect(replyOutcome('354')).toBe('intermediate');
    expect(replyOutcome('421')).toBe('transient');
    expect(replyOutcome('554')).toBe('permanent');
  });

  it('only failures bounce: 4xx soft, 5xx hard, others not at all', () => {
    expect(replyBounce('250')).toBe('none');
    expect(replyBounce('334')).toBe('none');
    expect(replyBounce('452')).toBe('soft');
    expect(replyBounce('550')).toBe('hard');
    expect(bounceOfOutcome('intermediate')).toBe('none');
  });

  it('maps the second digit to its functional group', () => {
    expect(replyGroup('500')).toBe('syntax');
    expect(replyGroup('211')).toBe('information');
    expect(replyGroup('421')).toBe('connections');
    expect(replyGroup('535')).toBe('unspecified');
    expect(replyGroup('550')).toBe('mail-system');
  });

  it('refuses to classify something that is not a code', () => {
    expect(() => replyClassDigit('650')).toThrow(/not an SMTP reply code/);
  });

  it('sorts reply codes numerically and enhanced codes part by part', () => {
    expect(['5.1.10', '5.1.2', '5.1.1'].sort(compareCodes)).toEqual(['5.1.1', '5.1.2', '5.1.10']);
    expect(['550', '250', '421'].sort(compareCodes)).toEqual(['250', '421', '550']);
    expect(['X.7.1', 'X.1.10', 'X.1.9'].sort(compareCodes)).toEqual(['X.1.9', 'X.1.10', 'X.7.1']);
  });

  it('recognises concrete enhanced codes', () => {
    expect(isEnhancedCode('5.7.26')).toBe(true);
    expect(isEnhancedCode('3.1.1')).toBe(false);
    expect(isEnhancedCode('5.1')).toBe(false);
  });
});
