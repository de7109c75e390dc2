import { describe, expect, it } from 'vitest';
import { stagesFor } from '../../src/lib/commandReplies.ts';
import replies from '../../src/data/smtp-reply-codes.json' with { type: 'json' };

describe('which commands a reply code answers (RFC 5321 §4.3.2 and extensions)', () => {
  it('knows the typical stages of well-known codes', () => {
    expect(stagesFor('354')).toEqual(['DATA']);
    expect(stagesFor('221')).toEqual(['QUIT']);
    expect(stagesFor('334')).toEqual(['AUTH']);
    expect(stagesFor('550')).toContain('RCPT TO');
    expect(stagesFor('554')).toContain('connection');
    expect(stagesFor('550')).not.toContain('connection');
  });

  it('places every RFC-defined reply code somewhere in the session', () => {
    for (const { code } of replies) expect(stagesFor(code).length, code).toBeGreaterThan(0);
  });

  it('places nothing for codes no RFC defines', () => {
    expect(stagesFor('422')).toEqual([]);
  });
});
