import { describe, expect, it } from 'vitest';
import { isConstructedLine, lineClass, linesOfClass, observedStages, pairsInLines, stagesInLine, stagesInSource } from '../../src/lib/factsEvidence.ts';

describe('evidence from log lines', () => {
  it('decides a line’s class by its enhanced code, then its reply code, then Postfix’s status word', () => {
    expect(lineClass("Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'")).toBe('4');
    expect(lineClass('421 Service not available, closing transmission channel')).toBe('4');
    expect(lineClass('to=<a@example.net>, relay=none, status=deferred (Host or domain name not found)')).toBe('4');
    expect(lineClass('Diagnostic-Code: X-Postfix; Host or domain name not found')).toBeNull();
  });

  it('keeps lines of the class and lines with no class', () => {
    const lines = [{ line: 'dsn=5.4.4, status=bounced' }, { line: 'Diagnostic-Code: X-Postfix; Host not found' }, { line: 'dsn=4.4.4, status=deferred' }];
    expect(linesOfClass(lines, '4').map((l) => l.line)).toEqual(['Diagnostic-Code: X-Postfix; Host not found', 'dsn=4.4.4, status=deferred']);
  });

  it('reads the command a line answered', () => {
    expect(stagesInLine('said: 550 5.1.1 <a@b>: User unknown (in reply to RCPT TO command)')).toEqual(['RCPT TO']);
    expect(stagesInLine('said: 554 5.7.1 spam (in reply to end of DATA command)')).toEqual(['end of data']);
    expect(stagesInLine('SMTP error from remote mail server after MAIL FROM:<a@b>: 451 4.7.650')).toEqual(['MAIL FROM']);
    // Transcripts: the last command the client sent (X.7.16's own line).
    expect(stagesInLine('C: MAIL FROM:<ops@example.org> SIZE=250000 MT-PRIORITY=6 | S: 552 5.7.16 Message is too big for its priority')).toEqual(['MAIL FROM']);
    expect(stagesInLine('C: MAIL FROM:<a@b> | S: 250 OK | C: RCPT TO:<c@d> | S: 550 5.1.1 unknown')).toEqual(['RCPT TO']);
    // Logins: Postfix's client log and a named mechanism.
    expect(stagesInLine('status=deferred (SASL authentication failed; server smtp.office365.com[52.96.0.1] said: 535 5.7.139 Authentication unsuccessful)')).toEqual(['AUTH']);
    expect(stagesInLine('Server rejected AUTH CRAM-MD5 (504 5.7.4 Unrecognized authentication type)')).toEqual(['AUTH']);
    expect(stagesInLine('550 5.7.1 Message rejected due to content restrictions')).toEqual([]);
    // Postfix's own reject log names the stage; a transcript of ETRN too.
    expect(stagesInLine('NOQUEUE: reject: RCPT from mail.example.org[192.0.2.10]: 550 5.1.2 <bob@nonexistent.example>: Recipient address rejected: Domain not found')).toEqual(['RCPT TO']);
    expect(stagesInLine('C: ETRN example.org | S: 502 5.7.0 Command not implemented')).toEqual(['ETRN']);
    // Postfix client phrasing and a bare transcript line.
    expect(stagesInLine('lost connection with mx.example.com[192.0.2.1] while sending end of data -- message may be sent more than once')).toEqual(['end of data']);
    expect(stagesInLine('conversation with mx.example.com[192.0.2.1] timed out while receiving the initial server greeting')).toEqual(['connection']);
    expect(stagesInLine('RCPT TO:<ann@example.net> 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain')).toEqual(['RCPT TO']);
    expect(stagesInSource('Dovecot LMTP (client sent EHLO to the LMTP listener)')).toEqual(['EHLO/HELO']);
    // The source label of a line: "reply to X".
    expect(stagesInSource('Gmail (reply to EHLO)')).toEqual(['EHLO/HELO']);
    expect(stagesInSource('Microsoft 365 (reply to the final period)')).toEqual(['end of data']);
    expect(stagesInSource('Postfix (server reply to a long AUTH line)')).toEqual(['AUTH']);
    expect(stagesInSource('Exchange Online NDR (diagnostic information)')).toEqual([]);
    expect(observedStages([{ line: '501 5.5.4 Invalid EHLO argument', source: 'Gmail (reply to EHLO)' }], '5')).toEqual(['EHLO/HELO']);
    expect(observedStages([{ line: '550 5.1.1 (in reply to RCPT TO command)' }, { line: '450 4.1.1 (in reply to MAIL FROM command)' }], '5')).toEqual(['RCPT TO']);
  });

  it('takes no evidence from a line the site built from an RFC description, but does from one an RFC gives', () => {
    expect(isConstructedLine('SMTP reply (form RFC 3463 describes for a message-level feature)')).toBe(true);
    expect(isConstructedLine('DSN (form a relay following RFC 3463 would produce)')).toBe(true);
    expect(isConstructedLine('SMTP transcript (as RFC 4954 specifies)')).toBe(false);
    expect(isConstructedLine('Gmail (reply to RCPT TO)')).toBe(false);
    const lines = [
      { line: '554 5.7.4 Security features not supported', source: 'SMTP reply (form RFC 3463 describes for a message-level feature)' },
      { line: '504 5.7.4 Unrecognized authentication type', source: 'Microsoft 365 (SMTP reply to an unsupported AUTH mechanism)' },
    ];
    expect(pairsInLines(lines)).toEqual([{ reply: '504', enhanced: '5.7.4' }]);
  });

  it('pairs the reply and enhanced code of each line', () => {
    expect(pairsInLines([{ line: '550-5.1.1 The account does not exist. 550 5.1.1 gsmtp' }, { line: 'Status: 2.1.9' }])).toEqual([{ reply: '550', enhanced: '5.1.1' }]);
  });
});
