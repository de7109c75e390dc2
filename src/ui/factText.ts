/**
 * Words for the fact model (src/lib/facts.ts): what happens to the message, what to do, and
 * which part of a reply decides when the code alone does not. English only, one place.
 */
import type { Action } from '../lib/advice.ts';
import type { Deciding, Fate, Sourced } from '../lib/facts.ts';
import type { BounceType } from '../lib/replyCode.ts';
import { actionLabel, bounceLabel } from './strings.ts';

export const fateLabel: Record<Fate, string> = {
  delivered: 'Nothing failed: the step succeeded',
  continues: 'Nothing happens to the message: the session goes on',
  deferred: 'Deferred: the sending server keeps the message and retries',
  returned: 'Returned to the sender: no retry',
  depends: 'Depends on the command it answered',
};

/** Short phrases for comparison sentences ("550: the message is returned to the sender"). */
export const fatePhrase: Record<Fate, string> = {
  delivered: 'nothing failed',
  continues: 'the session goes on and nothing happens to the message',
  deferred: 'the sending server keeps the message and retries',
  returned: 'the message (or that recipient) fails for good: a relaying server returns it to the sender, a mail program shows the error',
  depends: 'what happens depends on the command it answered',
};

export const decidingPhrase: Record<Deciding, string> = {
  command: 'the command it answered (Postfix logs it as “in reply to … command”)',
  'enhanced code': 'the enhanced status code that follows the reply code',
  'reply text': 'the words of the reply',
  report: 'the Action field of the delivery report (failed or delayed)',
  client: 'the software that sent it (a mail client stops, a relaying server may queue and retry)',
};

export const decidingShort: Record<Deciding, string> = {
  command: 'the command',
  'enhanced code': 'the enhanced code',
  'reply text': 'the text of the reply',
  report: 'the delivery report',
  client: 'the sending software',
};

export const list = (items: readonly string[], last = 'and') =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

/** The "What to do" text: the class action, or for "depends" the entry's note naming what decides. */
export function actionText(fact: Sourced<Action>): string {
  // A declared note replaces the class wording: it says the same thing for this code, precisely.
  if (fact.value !== 'depends') return fact.declared && fact.note ? fact.note : actionLabel[fact.value];
  const by = list((fact.decidedBy ?? ['reply text']).map((d) => decidingShort[d]));
  return fact.note ? `It depends on ${by}. ${fact.note}` : `It depends on ${by}: read it before acting.`;
}

/** The short badge, without the entry's note (comparison tables, where the note is in the key differences). */
export function bounceShort(bounce: BounceType | 'depends', fate: Sourced<Fate>): string {
  if (bounce === 'depends') return fate.decidedBy?.length ? `Depends on ${list(fate.decidedBy.map((d) => decidingShort[d]))}` : bounceLabel.depends;
  return bounce === 'none' ? bounceLabel.none : `${bounceLabel[bounce]} (${bounce === 'hard' ? 'permanent' : 'temporary'})`;
}

/** The bounce badge: soft/hard/none, or "depends on the command" with the entry's note. */
export function bounceText(bounce: BounceType | 'depends', fate: Sourced<Fate>): string {
  const base = bounceShort(bounce, fate);
  return fate.declared && fate.note ? `${base}. ${fate.note}` : base;
}
