/**
 * The sentences that explain a bounce reason and its verdict to a sender (issue 12): the `rule` of a
 * classification is built only from these, so every wording lives here, in English, once.
 */
import type { Reason, Verdict } from '../lib/bounce/types.ts';

/** What each reason means for the sender, and what to do: the second half of every rule. */
export const reasonExplanation: Record<Reason, string> = {
  UserUnknown: 'the receiving server says this address does not exist; remove it from your list (check it for typos first)',
  HostUnknown: 'the recipient domain does not exist or has no mail server; the address cannot receive mail, so remove it (check the domain for typos first)',
  HasMoved: 'the mailbox has moved and its server does not forward mail; remove the address and ask the recipient for the new one',
  NotAccept: 'the recipient domain does not accept email at all; remove the address',
  Suspend: 'the recipient account is disabled or suspended; stop sending to it',
  MailboxFull: 'the recipient mailbox is full; the address exists, so keep it and try again later, but stop after repeated full-mailbox bounces',
  SystemFull: 'the receiving server is out of storage; the problem is on their side, so retry later',
  RateLimited: 'the receiver limits how fast or how much you send; slow down and try again later, nothing is wrong with the address',
  NetworkError: 'the message could not get through for a network or routing reason (DNS, connection, timeout or a mail loop); the address is not the problem, and temporary cases clear up as your server retries',
  SystemError: 'the receiving server reports a problem of its own; retry later, nothing is wrong with the address',
  MailerError: 'a delivery program on the receiving side failed; retry later or tell the recipient, nothing is wrong with your message',
  Expired: 'your server retried for as long as its queue allows and then gave up, so the message was not delivered; the last error tells why, send again once that is solved',
  OnHold: 'the bounce does not say enough to tell the reason; read the server’s words and the code’s page, and retry once before you remove the address',
  AuthFailure: 'the message failed the receiver’s sender authentication (SPF, DKIM or DMARC); fix your domain’s DNS records or signing; the address is fine',
  BadReputation: 'the receiver distrusts your sending IP or domain because of its reputation; improve your sending (complaints, volume, list hygiene); the address is fine',
  Blocked: 'the receiver blocks your sending IP or domain; the address is fine, do not remove it: get the block lifted or send through another server',
  SpamDetected: 'the receiver’s filter judged this message to be spam; change the content or how you send; the address is fine',
  VirusDetected: 'the receiver found malware in the message; check the attachments and the machine that sent them',
  ContentError: 'the receiver could not accept the message’s format or encoding; fix how the message is built',
  PolicyViolation: 'the message breaks a rule of the receiving organisation; change the message or ask the recipient’s administrator',
  Rejected: 'the receiver refused your sender address (the envelope MAIL FROM) or its domain; fix the sender side, the recipient address is not the problem',
  Filtered: 'a filter on the recipient’s side refused the message, so the address may well exist; ask the recipient to allow your sender',
  RequirePTR: 'your sending IP has no valid reverse DNS (PTR) name; publish a PTR record that matches your server’s host name',
  FailedSTARTTLS: 'the receiver requires an encrypted (STARTTLS) connection, or the TLS handshake failed; enable or fix TLS on your sending server',
  SecurityError: 'a security requirement of the receiver was not met (a login, encryption or a cryptographic or integrity check; the code’s page says which): fix it on your side, the address is not the problem',
  NoRelaying: 'the server you handed the message to does not relay mail for you; send through your own provider’s server, or authenticate to it',
  EmailTooLarge: 'the message is larger than the receiver accepts; make it smaller (link large files instead of attaching them)',
  SyntaxError: 'the receiver did not understand a command your server sent; the sending software needs fixing',
  NotCompliantRFC: 'the message’s headers break the Internet message format (RFC 5322); fix how the message is built',
  Vacation: 'this is an automatic reply, not a bounce; nothing to do',
  Delivered: 'the message was delivered; nothing to do',
  Feedback: 'this is a complaint or feedback report, not a bounce; stop mailing the person who complained',
  Undefined: 'find the receiving server’s reply (in the full bounce or your mail log) before deciding anything',
};

/** Short verdict labels for a reader's table. */
export const verdictLabel: Record<Verdict, string> = {
  suppress: 'Remove the address',
  retry: 'Retry later',
  'fix-sending': 'Fix your sending',
  none: 'Nothing to do',
};

/** How the deciding evidence is quoted at the head of a rule. */
export const ruleBasis = {
  words: (quote: string) => `‘${quote}’`,
  wordsOverCode: (quote: string, code: string) => `‘${quote}’ (the words are more specific than ${code})`,
  expiredWith: (code: string, quote: string) => `${code} (delivery time expired), last error ‘${quote}’`,
  code: (code: string) => `${code}, with no words that say more`,
  genericCode: (code: string) => `${code} is generic and no words name a reason`,
  vagueWords: (quote: string, code: string) => `‘${quote}’ is too vague to outweigh ${code}`,
  reply: (reply: string) => `${reply} with no enhanced code, and no words that name a reason`,
  nothing: 'no code and no words that name a reason',
  googleGroup: (address: string) => `no code, and the failed recipient ${address} is a Google Groups address`,
};

/** Sentences for the cases where the evidence overrides the reason table, or adds to it. */
export const ruleNote = {
  inactiveMailbox: 'the provider says the full mailbox is also inactive, so nobody is reading it: remove the address, retrying will not help',
  ownDomainRelay: (domain: string) =>
    `this refusal comes from ${domain}’s own mail server, which does not accept mail for its own domain: the recipient’s mail setup is broken and nothing in your sending fixes it, so remove the address or reach the recipient another way`,
  mailFlood: 'the receiver sees an unusual amount of unwanted mail from your IP and defers it; your server retries, but the deferrals go on until you send less mail that recipients do not want; the address is fine',
  greylisting: 'greylisting: the receiver defers mail from senders it has not seen before; your server retries and a retry after a few minutes is normally accepted',
  gaveUpOnTemporary: 'a temporary failure that lasted until your server stopped retrying and gave up, so the message was not delivered; send it again once the receiver is reachable',
  filteredAfterData: 'this came at DATA or after the message itself, once the server had already accepted the address, so a filter on the recipient’s side most likely refused the message and the address may exist',
  smtpAuth: 'the receiver requires SMTP authentication or refused your credentials; set up SMTP AUTH (or fix the login) on your client or relay',
  senderAtMailFrom: 'refused at MAIL FROM, before any recipient was named, so these words are about your sender address or its domain, not the recipient: fix the sender (its domain must exist and resolve) and keep the address',
  mailLoop: 'a mail loop: the message went round between servers until the hop limit; a copy sent again loops the same way until the forwarding, MX or relay settings are fixed, so fix the routing first; the address is not the problem',
  stillQueued: 'this is a delay notice, so the message is still queued and your server keeps retrying; nothing to do unless a final bounce follows',
  recipientRejected: 'the receiving server refused this recipient without saying why; most often the address does not exist there: check it, and remove it if it keeps failing',
  possibleCauses: 'the server lists several possible causes without saying which applies; ask the recipient by another channel whether the address works, and check your sending IP against the blocklists before you remove anything',
  googleGroup: 'Google Groups sends this notice when the group does not exist or does not let you post to it (many groups take posts from members only): check the group’s address, then join it or ask its owner to allow your posts',
  refusedAtMailFrom: 'refused at MAIL FROM, before any recipient was named: your sender address or sending server is the problem, not the recipient',
  refusedAtConnection: 'refused when your server connected, before any address was sent: the receiver blocks your sending server',
  delayed: 'This is a delay notice: your server is still retrying.',
  retriesEnded: 'Your server has already stopped retrying, so this copy was not delivered.',
  resendYourself: 'Your server does not retry a permanent (5xx) reply by itself: send the message again later.',
  blockedBy: (name: string) => `${name} blocks your sending IP; the address is fine, do not remove it: fix the cause and request delisting`,
  listedOn: (name: string) => `your sending IP is on the ${name} blocklist; the address is fine, do not remove it: fix the cause and request delisting`,
  spamhausPbl: 'your sending IP is on Spamhaus’s PBL, a list of addresses that should not send mail directly (often home or dynamic ranges); the address is fine: send through your provider’s mail server, or if this is your mail server’s static IP, remove it from the PBL',
  spamhausXbl: 'your sending IP is on Spamhaus’s exploits list (XBL): something behind it looks compromised or misconfigured; the address is fine: fix the cause, then request removal',
  spamhausDbl: 'a domain in your message or sender address is on Spamhaus’s domain blocklist (DBL); the address is fine: find the listed domain and request delisting',
  sorbs: 'SORBS was shut down in June 2024 and lists nothing any more: the receiver still uses it by mistake, so tell its administrator; the address is fine',
};

/** Join the quoted basis and the explanation into one sentence (and an optional second one). */
export function ruleSentence(basis: string, explanation: string, extra?: string): string {
  return `${basis}: ${explanation}.${extra ? ` ${extra}` : ''}`;
}
