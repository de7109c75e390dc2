import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownMessagesDir } from '../../scripts/lib/bounceCorpus.ts';
import { readDeliveryStatus, fieldBlocks } from '../../src/lib/bounce/dsn.ts';
import { htmlToText } from '../../src/lib/bounce/html.ts';
import { readLogLines } from '../../src/lib/bounce/logLines.ts';
import { cutOriginal, recipientsFromNdrText } from '../../src/lib/bounce/ndrText.ts';
import { pasteKind, readBounce } from '../../src/lib/bounce/readBounce.ts';
import { splitMbox } from '../../src/lib/bounce/readMessage.ts';

const own = (name: string) => readFileSync(join(ownMessagesDir, name), 'utf8');
const codesOf = (rs: { address: string | null; reply: string | null; enhanced: string | null }[]) =>
  rs.map((r) => [r.address, r.reply, r.enhanced]);

describe('pasteKind', () => {
  it('tells one line, a log excerpt and a message apart', () => {
    expect(pasteKind('550 5.1.1 <bob@example.com>: Recipient address rejected')).toBe('line');
    expect(pasteKind('  \n550 5.1.1 User unknown\n  ')).toBe('line');
    expect(pasteKind(own('own-postfix-log.txt'))).toBe('log');
    expect(pasteKind(own('own-exim-ndr.eml'))).toBe('message');
    expect(pasteKind('The mail system\n\n<bob@example.com>: host mx[192.0.2.1] said: 550 5.1.1 unknown')).toBe('message');
  });
});

describe('MTA log excerpts', () => {
  it('reads one recipient per Postfix delivery line (bounced, deferred, sent), skipping queue lines', () => {
    const rs = readLogLines(own('own-postfix-log.txt'));
    expect(codesOf(rs)).toEqual([
      ['bob@example.com', '550', '5.1.1'],
      ['gina@gmail.example', '421', '4.7.28'],
      ['hank@example.net', '554', '5.7.1'],
      ['ivy@example.com', '250', '2.0.0'],
    ]);
    expect(rs.map((r) => [r.remoteMta, r.stage, r.action])).toEqual([
      ['mx1.example.com', 'RCPT TO', 'failed'],
      ['gmail-smtp-in.l.google.com', 'end of data', 'delayed'],
      ['mx.example.net', 'RCPT TO', 'failed'],
      ['mx1.example.com', null, 'delivered'],
    ]);
    // The remote server's words, without Postfix's "host … said:" and "(in reply to …)" wrapper.
    expect(rs[2]!.diagnostic).toBe('554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5');
  });

  it('reads Exim ** (failed), == (deferred) and => (delivered) lines', () => {
    const rs = readLogLines([
      '2026-11-30 10:00:01 1tGxyz-000ABC-1q ** frank@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.55]: SMTP error from remote mail server after RCPT TO:<frank@example.com>: 550 5.1.1 <frank@example.com>: User unknown',
      '2026-11-30 10:00:02 1tGxyz-000ABC-1r == gail@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [198.51.100.2]: SMTP error from remote mail server after end of data: 452 4.2.2 Mailbox full',
      '2026-11-30 10:00:03 1tGxyz-000ABC-1s => ok@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.9] C="250 2.0.0 OK"',
    ].join('\n'));
    expect(codesOf(rs).slice(0, 2)).toEqual([['frank@example.com', '550', '5.1.1'], ['gail@example.net', '452', '4.2.2']]);
    expect(rs.map((r) => [r.address, r.remoteMta, r.action])).toEqual([
      ['frank@example.com', 'mx.example.com', 'failed'],
      ['gail@example.net', 'mx.example.net', 'delayed'],
      ['ok@example.org', 'mx.example.org', 'delivered'],
    ]);
    expect(rs.slice(0, 2).map((r) => r.stage)).toEqual(['RCPT TO', 'end of data']);
  });

  it('reads Sendmail dsn=/stat= lines, one recipient per address in to=', () => {
    const rs = readLogLines('Nov 30 10:00:00 host sm-mta[123]: 5AUA00ab012345: to=<a@example.com>,<b@example.com>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.com. [192.0.2.3], dsn=5.1.1, stat=User unknown');
    expect(codesOf(rs)).toEqual([['a@example.com', null, '5.1.1'], ['b@example.com', null, '5.1.1']]);
    expect(rs[0]!.remoteMta).toBe('mx.example.com');
  });
});

describe('NDR text per MTA format', () => {
  const cases: [string, string, [string, string | null, string | null][]][] = [
    ['Postfix', 'This is the mail system at host mx.example.org.\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\n    <bob@example.com>: User unknown (in reply to RCPT TO command)\n', [['bob@example.com', '550', '5.1.1']]],
    ['Exim', 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. The following address(es) failed:\n\n  bob@example.com\n    host mx.example.com [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<bob@example.com>:\n    550 5.1.1 <bob@example.com>: Recipient address rejected\n  carol@example.net\n    host mx.example.net [198.51.100.1]\n    SMTP error from remote mail server after end of data:\n    552 5.3.4 Message size exceeds fixed limit\n', [['bob@example.com', '550', '5.1.1'], ['carol@example.net', '552', '5.3.4']]],
    ['Sendmail', '   ----- The following addresses had permanent fatal errors -----\n<bob@example.com>\n    (reason: 550 5.1.1 <bob@example.com>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.com.:\n>>> RCPT To:<bob@example.com>\n<<< 550 5.1.1 <bob@example.com>... User unknown\n550 5.1.1 <bob@example.com>... User unknown\n', [['bob@example.com', '550', '5.1.1']]],
    ['Sendmail summary line after a transcript (the remote reply wins over the local 554)', '   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n>>> DATA\n<<< 550 Your mail is refused\n554 <bob@example.edu>... Remote protocol error\n550 example.org (smtp)... 550 Host unknown\n554 <carol@example.org>... 550 Host unknown (Authoritative answer from name server)\n', [['bob@example.edu', '550', null], ['carol@example.org', '550', null]]],
    ['qmail', "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected\nGiving up on 192.0.2.1.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <alice@example.org>\nSubject: 554 5.7.1\n", [['bob@example.com', '550', '5.1.1']]],
    ['Courier', 'This is a delivery status notification from mx.example.org.\n\n<bob@example.com>:\n>>> RCPT TO:<bob@example.com>\n<<< 550 5.1.1 <bob@example.com>... No such user\n', [['bob@example.com', '550', '5.1.1']]],
    ['Exchange 2003', 'Your message\n\n  To:      bob@example.com\n  Subject: hi\n\ndid not reach the following recipient(s):\n\nbob@example.com on Thu, 29 Apr 2007 16:51:51 -0500\n    The recipient name is not recognized\n    MSEXCH:IMS:EXAMPLE 0 (000C05A6) Unknown Recipient\n', [['bob@example.com', null, null]]],
    ['Exchange / Microsoft 365', "Delivery has failed to these recipients or groups:\n\nbob@example.com\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n\nGenerating server: EX01.example.org\n\nbob@example.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n\nReceived: from client (203.0.113.5) by EX01.example.org\nSubject: 421 things\nMessage-ID: <1@example.org>\n", [['bob@example.com', '550', '5.1.10']]],
    ['Gmail', "** Address not found **\n\nYour message wasn't delivered to bob@example.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. - gsmtp\n", [['bob@example.com', '550', '5.1.1']]],
    ['Yahoo', 'Sorry, we were unable to deliver your message to the following address.\n\n<bob@example.com>:\nRemote host said: 552 1 Requested mail action aborted, mailbox not found [RCPT_TO]\n', [['bob@example.com', '552', null]]],
    ['OpenSMTPD', '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\nbob@example.com: 550 5.2.2 <bob@example.com>... Mailbox Full\ncarol@example.com: 550 5.1.1 <carol@example.com>... User Unknown\n\n    Below is a copy of the original message:\n\nReceived: from localhost\nSubject: 421\n', [['bob@example.com', '550', '5.2.2'], ['carol@example.com', '550', '5.1.1']]],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => expect(codesOf(recipientsFromNdrText(text))).toEqual(want));
  }

  it("skips the sender Exim names before the failed addresses", () => {
    const text = 'This message was created automatically by mail delivery software.\n\nA message sent by\n\n  <alice@example.org>\n\ncould not be delivered to one or more of its recipients. The following\naddress(es) failed:\n\n  bob@example.com\n    all hosts have been failing for a long time and were last tried after this message arrived\n';
    expect(codesOf(recipientsFromNdrText(text))).toEqual([['bob@example.com', null, null]]);
  });

  it("reads Sendmail's pipelined transcript: a recipient's reply after >>> DATA answered RCPT TO", () => {
    const [r] = recipientsFromNdrText(cases[2]![1].replace('>>> RCPT To:<bob@example.com>', '>>> DATA'));
    expect(r!.stage).toBe('RCPT TO');
    const [d] = recipientsFromNdrText('<bob@example.com>\n... while talking to mx.example.com.:\n>>> DATA\n<<< 554 5.6.0 Message rejected: content\n');
    expect(d!.stage).toBe('DATA');
  });

  it('takes the stage from the text', () => {
    const [r] = recipientsFromNdrText(cases[1]![1]);
    expect(r!.stage).toBe('RCPT TO');
    expect(r!.remoteMta).toBe('mx.example.com');
  });

  it('ignores an address that only appears in the template ("please contact <support@…>")', () => {
    const text = 'For further assistance, please contact <support@example.org>\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n';
    expect(codesOf(recipientsFromNdrText(text))).toEqual([['bob@example.com', '550', '5.1.1']]);
  });

  it('cuts the returned message off before looking for codes', () => {
    const text = '<bob@example.com>: mailbox unavailable\n\n------ This is a copy of the message, including all the headers. ------\nSubject: 550 5.1.1\n';
    expect(cutOriginal(text)).toBe('<bob@example.com>: mailbox unavailable\n\n');
    const text2 = 'Delivery failed for bob@example.com: user unknown\n\nReceived: from a by b\nFrom: alice@example.org\nSubject: 552 5.3.4\n';
    expect(cutOriginal(text2)).toBe('Delivery failed for bob@example.com: user unknown\n\n');
  });

  it('in a raw body, always cuts at the part that holds the returned message', () => {
    const raw = '--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--b\nContent-Type: message/rfc822\n\nSubject: 550 5.1.1\n';
    expect(cutOriginal(raw)).toBe('--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--b\n');
  });

  it('returns nothing for text that reports no failure', () => {
    expect(recipientsFromNdrText('Hello Bob,\n\nsee you at the 4 pm meeting.\n')).toEqual([]);
  });
});

describe('RFC 3464 delivery-status', () => {
  it('unfolds continuation lines and reads each recipient block', () => {
    const blocks = fieldBlocks('Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.com\nDiagnostic-Code: smtp; 550 5.1.1\n  User unknown\n');
    expect(blocks[1]!.get('diagnostic-code')).toBe('smtp; 550 5.1.1 User unknown');
  });

  it('prefers the code in Diagnostic-Code over a generic Status, and falls back to Status', () => {
    const rs = readDeliveryStatus([
      'Reporting-MTA: dns; mx.example.org', '',
      'Final-Recipient: rfc822; a@example.com', 'Action: failed', 'Status: 5.0.0', 'Remote-MTA: dns; mx.example.com', 'Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: User unknown', '',
      'Final-Recipient: rfc822;<b@example.com>', 'Action: delayed', 'Status: 4.4.1', '',
      'Original-Recipient: rfc822; c@example.com', 'Final-Recipient: rfc822; c@example.com', 'Action: failed', 'Status: 5.3.0', 'Diagnostic-Code: X-Unix; 77', '',
    ].join('\n'));
    expect(rs.map((r) => [r.address, r.reply, r.enhanced, r.action, r.remoteMta])).toEqual([
      ['a@example.com', '550', '5.1.1', 'failed', 'mx.example.com'],
      ['b@example.com', null, '4.4.1', 'delayed', null],
      ['c@example.com', null, '5.3.0', 'failed', null],
    ]);
  });

  it('takes the remote reply inside an expiry summary', () => {
    const [r] = readDeliveryStatus('Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>\n');
    expect([r!.reply, r!.enhanced]).toEqual(['421', '4.4.2']);
  });
});

describe('whole messages', () => {
  it('reads every recipient of a multi-recipient DSN, and not the returned message', async () => {
    const { kind, recipients } = await readBounce(own('own-postfix-dsn-two-recipients.eml'));
    expect(kind).toBe('message');
    expect(codesOf(recipients)).toEqual([['bob@example.com', '550', '5.1.1'], ['carol@example.net', '552', '5.2.2']]);
    expect(recipients.map((r) => [r.stage, r.remoteMta])).toEqual([['RCPT TO', 'mx1.example.com'], ['end of data', 'mail.example.net']]);
  });

  it('decodes a base64 HTML-only NDR and ignores CSS colours, sizes and entities', async () => {
    const { recipients } = await readBounce(own('own-m365-html-base64.eml'));
    expect(codesOf(recipients)).toEqual([['dana@example.com', '550', '5.7.1']]);
    expect(recipients[0]!.diagnostic).toContain('listed in Spamhaus');
  });

  it('joins a quoted-printable soft line break inside a code', async () => {
    const { recipients } = await readBounce(own('own-gmail-qp.eml'));
    expect(codesOf(recipients)).toEqual([['erin@example.com', '552', '5.2.3']]);
  });

  it('reads an Exim NDR and its stage, not the copy of the message', async () => {
    const { recipients } = await readBounce(own('own-exim-ndr.eml'));
    expect(codesOf(recipients)).toEqual([['frank@yahoo.example', '553', '5.7.1']]);
    expect(recipients[0]!.stage).toBe('MAIL FROM');
  });

  it('finds no code when the only codes are in the returned message', async () => {
    const text = 'From: MAILER-DAEMON@example.org\nTo: alice@example.org\nSubject: Undelivered\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--b\nContent-Type: message/rfc822\n\nFrom: alice@example.org\nSubject: 550 5.1.1\n\n421 4.4.2\n--b--\n';
    const { recipients } = await readBounce(text);
    expect(recipients.every((r) => r.reply === null && r.enhanced === null)).toBe(true);
  });

  it('reads a bounce forwarded as an attachment', async () => {
    const inner = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nSubject: Undelivered Mail Returned to Sender\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n';
    const text = `From: alice@example.org\nTo: helpdesk@example.org\nSubject: Fwd: bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="f"\n\n--f\nContent-Type: text/plain\n\nCan you look at this?\n\n--f\nContent-Type: message/rfc822\n\n${inner}\n--f--\n`;
    expect(codesOf((await readBounce(text)).recipients)).toEqual([['bob@example.com', '550', '5.1.1']]);
  });

  it('takes the failed recipient from X-Failed-Recipients when the report only greets the sender (Google Groups)', async () => {
    const text = 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: kijitora@example.jp\nSubject: Delivery Status Notification (Failure)\nX-Failed-Recipients: libsisimai@googlegroups.com\nContent-Type: text/plain; charset="UTF-8"\n\nHello kijitora@example.jp,\n\nWe\'re writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.\n\nGoogle Groups\n';
    const { recipients } = await readBounce(text);
    expect(recipients.map((r) => r.address)).toEqual(['libsisimai@googlegroups.com']);
  });

  it('reads a quoted recipient line and keeps a Remote-MTA given only as an IP address', async () => {
    const text = 'From: MAILER-DAEMON@mail.example.org\nSubject: Mail delivery failed\n\nA message that you sent could not be delivered.\n\n"shironeko@example.jp":\nSMTP error from remote server after RCPT command:\nhost: mx.example.jp\n5.1.1 <shironeko@example.jp>... User Unknown\n';
    const { recipients } = await readBounce(text);
    expect(recipients[0]?.address).toBe('shironeko@example.jp');
    const dsn = 'From: MAILER-DAEMON@example.org\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nx\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\nFinal-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 4.4.7\nRemote-MTA: DNS; [127.0.0.1]\n\n--b--\n';
    expect((await readBounce(dsn)).recipients[0]?.remoteMta).toBe('127.0.0.1');
  });

  it('splits an mbox excerpt into its messages', () => {
    const mbox = 'From MAILER-DAEMON  Thu Apr 29 23:34:45 2015\nSubject: a\n\nx\nFrom MAILER-DAEMON  Thu Apr 29 23:34:46 2015\nSubject: b\n\ny\n';
    expect(splitMbox(mbox)).toHaveLength(2);
    expect(splitMbox('Subject: a\n\nFrom here on\n')).toHaveLength(1);
  });
});

describe('HTML to text', () => {
  it('drops style, script and tags, decodes entities, never keeps markup numbers', () => {
    const text = htmlToText('<style>p{color:#550000}</style><script>var x=554;</script><p width="552">A&nbsp;&amp;&#160;B&#x41;</p><br>C&#9;&unknownentity;D');
    expect(text).toBe('A & BA\n\nC D');
    expect(text).not.toMatch(/55\d/);
  });
});

describe('hostile input finishes quickly and never throws', () => {
  const timed = async (text: string) => {
    const started = performance.now();
    const result = await readBounce(text);
    return { result, ms: performance.now() - started };
  };

  it('1 MB of garbage', async () => {
    let seed = 7;
    const chars = ' <>@:;.=-_()[]"\n\r\tabcxyz0123456789';
    const garbage = Array.from({ length: 1024 * 1024 }, () => chars[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % chars.length]).join('');
    const { ms } = await timed(garbage);
    expect(ms).toBeLessThan(5000);
  });

  it('deeply nested MIME', async () => {
    const depth = 2000;
    let text = 'From: a@example.org\nSubject: nest\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n';
    for (let i = 1; i < depth; i++) text += `--b${i - 1}\nContent-Type: multipart/mixed; boundary="b${i}"\n\n`;
    text += `--b${depth - 1}\nContent-Type: text/plain\n\n550 5.1.1 deep\n`;
    const { result, ms } = await timed(text);
    expect(ms).toBeLessThan(5000);
    expect(Array.isArray(result.recipients)).toBe(true);
  });

  it('a 10 MB line', async () => {
    const { result, ms } = await timed(`550 ${'x'.repeat(10 * 1024 * 1024)}`);
    expect(ms).toBeLessThan(5000);
    expect(result.kind).toBe('line');
  });

  it('10 MB of lines that look like addresses and log fields', async () => {
    const line = 'a@b.cc: to=<x@y.zz>, status=bounced (host h[1.2.3.4] said: 550 5.1.1 (in reply to RCPT TO command))\n';
    const { ms } = await timed(line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
    expect(ms).toBeLessThan(8000);
  });

  it('garbage gives no recipients', async () => {
    expect((await readBounce('\u0000\u0001<<<>>>\n@@@\n::::')).recipients).toEqual([]);
    expect((await readBounce('')).recipients).toEqual([]);
  });
});
