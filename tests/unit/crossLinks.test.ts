import { describe, expect, it } from 'vitest';
import { buildCrossLinks } from '../../src/lib/crossLinks.ts';
import { compareCodes } from '../../src/lib/replyCode.ts';

describe('links between reply codes and enhanced codes', () => {
  const replies = [
    { code: '550', enhanced: ['5.1.1', '5.7.1', '5.9.9'] },
    { code: '452', enhanced: [] },
    { code: '552', enhanced: [] },
  ];
  const enhanced = [
    { code: '5.1.1', replyCodes: ['550'] },
    { code: '5.7.1', replyCodes: [] },
    { code: '4.2.2', replyCodes: ['452', '552'] },
    { code: '5.2.2', replyCodes: ['452', '552'] },
  ];
  const links = buildCrossLinks(replies, enhanced, compareCodes);

  it('links both ways from either side of the declaration', () => {
    expect(links.enhancedForReply.get('550')).toEqual(['5.1.1', '5.7.1']);
    expect(links.repliesForEnhanced.get('5.7.1')).toEqual(['550']);
    expect(links.enhancedForReply.get('552')).toEqual(['5.2.2']);
  });

  it('drops targets without a page and never pairs classes that disagree', () => {
    expect(links.enhancedForReply.get('550')).not.toContain('5.9.9');
    expect(links.repliesForEnhanced.get('4.2.2')).toEqual(['452']);
    expect(links.repliesForEnhanced.get('5.2.2')).toEqual(['552']);
  });

  it('lists each link once, sorted', () => {
    expect(links.repliesForEnhanced.get('5.1.1')).toEqual(['550']);
  });
});
