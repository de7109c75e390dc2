/**
 * Every string of the bounce reader (/read/), in English, in one place.
 */
import type { ProviderKind } from '../data/providers.ts';

export const reader = {
  title: 'Bounce reader',
  footerLink: 'Bounce reader: paste a whole bounce message',
  description:
    'Paste a whole bounce message, a DSN or a mail log excerpt: one row per failed recipient with the reason, what to do, and the page that explains the code. Runs in your browser; nothing is uploaded.',
  intro:
    'Paste a whole bounce message (headers and all), a delivery status notification, or lines from your mail log. Each failed recipient gets a row: what the remote server said, the reason, and what to do next.',
  pasteLabel: 'Bounce message, DSN or log lines',
  pasteHint: 'Read in your browser: nothing you paste is uploaded.',
  read: 'Read',
  clear: 'Clear',
  reading: 'Reading…',
  noscript: 'The bounce reader runs in your browser and needs JavaScript. Every code is listed on the index page.',
  empty: 'Paste a bounce message or log lines first.',
  nothingFound:
    'No failed recipient found: the text has no SMTP reply code or delivery status that could be read. Paste the whole message, including its headers, or the log line that says "said:".',
  failed: 'The reader could not load. Reload the page and try again.',
  resultsHeading: 'Recipients',
  resultsSummary: (n: number) => (n === 1 ? 'One recipient.' : `${n} recipients.`),
  deliveredNotShown: (n: number) => (n === 1 ? 'One recipient in the text was delivered; it has no row.' : `${n} recipients in the text were delivered; they have no rows.`),
  firstRows: (shown: number, total: number) => `Showing the first ${shown} of ${total} failed recipients.`,
  tooSlow: 'Reading this text took too long and was stopped. Paste only the bounce message or the log lines you need.',
  fromLink: 'This diagnosis was opened from a shared link. The reason and verdict are worked out again with the current rules.',
  linkPaste: 'The link also carries the pasted text; it is in the box above.',
  badLink: 'This link does not carry a diagnosis this page can read.',
  columns: {
    recipient: 'Recipient',
    codes: 'Codes',
    said: 'What the server said',
    reason: 'Reason and what to do',
    read: 'Read more',
  },
  noAddress: 'Address not stated',
  remoteMta: 'Remote server',
  stage: 'Failed at',
  action: 'Status',
  reply: 'Reply',
  enhanced: 'Enhanced',
  noCode: 'none found',
  noDiagnostic: 'The message gives no reply text for this recipient.',
  reason: 'Reason',
  undefinedReason: 'No reason rule matched; read the reply text and the code page.',
  rule: 'Why',
  provider: 'Provider',
  providerLink: (name: string) => `${name} help for senders`,
  howToFix: (code: string) => `How to fix ${code}`,
  wordsPage: 'What the words say:',
  noPage: 'This site has no page for these codes.',
  options: 'Share',
  mask: 'Mask addresses (in the rows, the ticket text and the link)',
  includePaste: 'Include the pasted text in the link',
  copyTicket: 'Copy for ticket',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyManually: 'Copy manually',
  permalinkLabel: 'Link to this diagnosis',
  pasteTooLong: 'The pasted text is too long to put in a link; the link carries the rows only.',
  providersHeading: 'Providers and blocklists the reader recognises',
  providersIntro:
    'When a bounce names one of these (in the reply or by its server name), its row names it and links the page where it explains its rejections or how to request removal. The links go to the provider; this site loads nothing from them.',
  providerKind: { mailbox: 'Mail providers', filter: 'Filters and reputation services', blocklist: 'Blocklists' } as Record<ProviderKind, string>,
  providerWords: 'Words in the reply:',
  providerHosts: 'Server names:',
  providerNoLink: 'No page for senders to offer.',
};



export const ticket = {
  heading: 'Bounce diagnosis',
  recipient: 'Recipient',
  reply: 'Reply',
  remoteMta: 'Remote server',
  stage: 'Failed at',
  reason: 'Reason',
  verdict: 'Verdict',
  rule: 'Rule',
  next: 'Next action',
  read: 'Read',
  permalink: 'Diagnosis',
  none: '(none)',
};
