import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_OF, phraseTarget } from '../../src/lib/bounce/phrases.ts';
import { TEXT_RULES } from '../../src/lib/bounce/reasons/textRules.ts';

const content = new URL('../../content/', import.meta.url);

/** Does the site build a page for this code? (a reply file, or an enhanced entry whose classes allow it) */
function hasPage(code: string): boolean {
  if (/^\d{3}$/.test(code)) return existsSync(new URL(`replies/${code}.mdx`, content));
  const [cls, subject, detail] = code.split('.');
  const file = new URL(`enhanced/X.${subject}.${detail}.mdx`, content);
  if (!existsSync(file)) return false;
  const classes = /^classes:\s*\[([^\]]*)\]/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return classes.includes(`"${cls}"`);
}

describe('typed phrases resolve through the reason rules', () => {
  it.each([
    ['user unknown', 'UserUnknown', '5.1.1'],
    ['relay access denied', 'NoRelaying', '5.7.1'],
    ['greylisted', 'RateLimited', '451'],
    ['too many connections', 'RateLimited', '421'],
    ['mailbox full', 'MailboxFull', '4.2.2'],
    ['Mailbox is full', 'MailboxFull', '4.2.2'],
    ['over quota', 'MailboxFull', '4.2.2'],
    ['message too large', 'EmailTooLarge', '5.3.4'],
    ['spf fail', 'AuthFailure', '5.7.23'],
    ['DKIM signature failed', 'AuthFailure', '5.7.20'],
    ['host unknown', 'HostUnknown', '5.1.2'],
    ['must issue a STARTTLS command first', 'FailedSTARTTLS', '530'],
    ['connection timed out', 'NetworkError', '4.4.1'],
    ['blocked using zen.spamhaus.org', 'Blocked', '5.7.1'],
    ['SPF', 'AuthFailure', '5.7.23'],
    ['rdns', 'RequirePTR', '5.7.25'],
  ])('%s → %s on %s', (phrase, reason, code) => {
    expect(phraseTarget(phrase)).toEqual({ reason, code });
  });

  it('leaves codes, pastes and unrelated words to the other resolvers', () => {
    expect(phraseTarget('550 user unknown')).toBeNull();
    expect(phraseTarget('5.1.1')).toBeNull();
    expect(phraseTarget('what is an MX record')).toBeNull();
    // A spam filter's report header scores a message; it is not a refusal (pastes.tsv has one).
    expect(phraseTarget('X-Barracuda-Spam-Report: Code version 3.2, rules version 3.2.3.36951')).toBeNull();
    expect(phraseTarget('')).toBeNull();
    expect(phraseTarget(`user unknown ${'x'.repeat(200)}`)).toBeNull();
  });

  it('points every rule and reason at a page the site builds', () => {
    const pages = new Set(TEXT_RULES.map((r) => r.page).filter((p): p is string => !!p));
    for (const code of Object.values(PAGE_OF)) pages.add(code);
    for (const word of ['spf', 'dkim', 'ptr', 'rdns', 'quota', 'starttls']) pages.add(phraseTarget(word)!.code);
    const missing = [...pages].filter((code) => !hasPage(code));
    expect(missing).toEqual([]);
  });
});
