import { describe, expect, it } from 'vitest';
import { ANY_COMMAND_CODES, coversStage, stagesFor } from '../../src/lib/commandReplies.ts';
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

  it('lets only 500, 501 and 421 answer any command (RFC 5321 §4.3.2), not 502, 503 or 530', () => {
    expect([...ANY_COMMAND_CODES].sort()).toEqual(['421', '500', '501']);
    for (const code of ['502', '503', '530', '550']) expect(stagesFor(code), code).not.toContain('any command');
  });

  it('places 502 at the commands a server may not implement, 530 before AUTH (RFC 4954) or STARTTLS (RFC 3207) but never at EHLO, NOOP or QUIT', () => {
    expect(stagesFor('502')).toEqual(expect.arrayContaining(['EHLO/HELO', 'VRFY', 'EXPN', 'HELP', 'AUTH', 'ETRN', 'an unimplemented command']));
    for (const stage of ['EHLO/HELO', 'NOOP', 'QUIT'] as const) expect(stagesFor('530'), stage).not.toContain(stage);
    expect(stagesFor('530')).toEqual(expect.arrayContaining(['MAIL FROM', 'RCPT TO', 'DATA', 'ETRN', 'HELP', 'AUTH']));
  });

  it('covers every command, but not the greeting, with "any command"', () => {
    expect(coversStage(stagesFor('500'), 'EHLO/HELO')).toBe(true);
    expect(coversStage(stagesFor('500'), 'connection')).toBe(false);
    expect(coversStage(stagesFor('421'), 'connection')).toBe(true);
    expect(coversStage(stagesFor('502'), 'MAIL FROM')).toBe(false);
  });

  it('places every RFC-defined reply code somewhere in the session', () => {
    for (const { code } of replies) expect(stagesFor(code).length, code).toBeGreaterThan(0);
  });

  it('places nothing for codes no RFC defines', () => {
    expect(stagesFor('422')).toEqual([]);
  });
});
