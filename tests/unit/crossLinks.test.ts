import { describe, expect, it } from 'vitest';
import { buildCrossLinks } from '../../src/lib/crossLinks.ts';
import { compareCodes } from '../../src/lib/replyCode.ts';

describe('links between reply codes and enhanced codes, from evidence', () => {
  const replies = [
    { code: '550', enhanced: ['5.1.1', '5.7.1', '5.7.10', '5.9.9'] },
    { code: '451', enhanced: [] },
    { code: '452', enhanced: [] },
    { code: '552', enhanced: [] },
  ];
  const enhanced = [
    { code: '5.1.1', replyCodes: ['550'], registryReplyCodes: ['451', '550'] },
    { code: '4.1.1', replyCodes: [], registryReplyCodes: ['451', '550'] },
    { code: '5.7.1', replyCodes: [], registryReplyCodes: [] },
    { code: '5.7.10', replyCodes: ['550'], registryReplyCodes: ['523'] },
    { code: '4.2.2', replyCodes: ['452', '552'], registryReplyCodes: ['552'] },
    { code: '5.2.2', replyCodes: ['452', '552'], registryReplyCodes: ['552'] },
    { code: '4.1.7', replyCodes: [], registryReplyCodes: [] },
    { code: '5.1.7', replyCodes: ['550'], registryReplyCodes: [] },
  ];
  const logPairs = [
    { reply: '550', enhanced: '5.7.1' },
    { reply: '550', enhanced: '5.7.1' },
    { reply: '550', enhanced: '5.7.1' },
    { reply: '550', enhanced: '5.1.1' },
    { reply: '550', enhanced: '5.1.7' },
    { reply: '550', enhanced: '5.9.9' },
  ];
  const links = buildCrossLinks(replies, enhanced, compareCodes, { logPairs });

  it('orders a reply’s enhanced codes by how often log lines show them, registry-only ones last', () => {
    expect(links.enhancedForReply.get('550')).toEqual(['5.7.1', '5.1.1', '5.1.7']);
  });

  it('drops a declared pair that no log line and no registry entry backs (550 with 5.7.10, whose registry reply is 523)', () => {
    expect(links.enhancedForReply.get('550')).not.toContain('5.7.10');
    expect(links.repliesForEnhanced.get('5.7.10')).toBeUndefined();
  });

  it('takes the registry column only where the classes agree, and links both ways', () => {
    expect(links.repliesForEnhanced.get('4.1.1')).toEqual(['451']);
    expect(links.enhancedForReply.get('451')).toEqual(['4.1.1']);
    expect(links.repliesForEnhanced.get('4.2.2')).toBeUndefined();
    expect(links.repliesForEnhanced.get('5.2.2')).toEqual(['552']);
  });

  it('drops targets without a page', () => {
    expect(links.enhancedForReply.get('550')).not.toContain('5.9.9');
  });

  it('gives a page with no reply code of its own the replies of its other class, marked as such', () => {
    expect(links.viaSibling.get('4.1.7')).toEqual({ via: '5.1.7', replies: ['550'] });
    expect(links.viaSibling.get('4.2.2')).toEqual({ via: '5.2.2', replies: ['552'] });
    expect(links.viaSibling.has('5.1.1')).toBe(false);
  });
});
