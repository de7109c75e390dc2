/**
 * "Copy for ticket" from the bounce reader: plain text a support engineer can paste as is, with
 * the remote server's reply line, the recipient, the verdict, the next action and links built
 * on the host the page is served from (never the build-time site URL).
 */
import type { RecipientDiagnosis, Verdict } from '../bounce/types.ts';
import { maskAddress, maskAddressesIn } from './maskAddress.ts';

export type TicketRecipient = Pick<RecipientDiagnosis, 'address' | 'reply' | 'enhanced' | 'diagnostic' | 'remoteMta' | 'stage' | 'reason' | 'verdict' | 'rule' | 'url'>;

export interface TicketWords {
  heading: string;
  recipient: string;
  reply: string;
  remoteMta: string;
  stage: string;
  reason: string;
  verdict: string;
  rule: string;
  next: string;
  read: string;
  permalink: string;
  none: string;
  /** The short imperative for each verdict ("Remove the address"), the ticket's next action. */
  verdictLabel: Record<Verdict, string>;
}

export interface TicketOptions {
  /** location.origin of the page, e.g. "https://mail-help.example.net". */
  origin: string;
  masked: boolean;
  /** Absolute link to this diagnosis, when the reader made one. */
  permalink: string | null;
}

/** The reply line as one line: folded DSN and log continuation lines joined. */
export function replyLine(r: Pick<TicketRecipient, 'reply' | 'enhanced' | 'diagnostic'>): string | null {
  const line = r.diagnostic?.replace(/\s+/g, ' ').trim();
  if (line) return line;
  const codes = [r.reply, r.enhanced].filter(Boolean).join(' ');
  return codes || null;
}

export function ticketText(recipients: readonly TicketRecipient[], words: TicketWords, options: TicketOptions): string {
  const blocks = recipients.map((r) => {
    const line = replyLine(r);
    const lines = [
      `${words.recipient}: ${r.address ? (options.masked ? maskAddress(r.address) : r.address) : words.none}`,
      `${words.reply}: ${line ? (options.masked ? maskAddressesIn(line) : line) : words.none}`,
    ];
    if (r.remoteMta) lines.push(`${words.remoteMta}: ${r.remoteMta}`);
    if (r.stage) lines.push(`${words.stage}: ${r.stage}`);
    lines.push(`${words.reason}: ${r.reason}`);
    lines.push(`${words.verdict}: ${r.verdict}`);
    lines.push(`${words.next}: ${words.verdictLabel[r.verdict]}`);
    if (r.rule) lines.push(`${words.rule}: ${options.masked ? maskAddressesIn(r.rule) : r.rule}`);
    if (r.url) lines.push(`${words.read}: ${options.origin}${r.url}`);
    return lines.join('\n');
  });
  const parts = [words.heading, ...blocks];
  if (options.permalink) parts.push(`${words.permalink}: ${options.permalink}`);
  return parts.join('\n\n');
}
