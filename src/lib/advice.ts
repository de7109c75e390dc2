import type { Outcome } from './replyCode.ts';

/**
 * What a sender should do with a reply, derived once from its outcome and category
 * rather than restated in every content entry.
 */
export type Category =
  | 'protocol'
  | 'connection'
  | 'authentication'
  | 'encryption'
  | 'mailbox'
  | 'routing'
  | 'policy'
  | 'capacity'
  | 'content';

export const CATEGORIES: readonly Category[] = [
  'protocol',
  'connection',
  'authentication',
  'encryption',
  'mailbox',
  'routing',
  'policy',
  'capacity',
  'content',
];

/**
 * 'depends' is for codes whose meaning rests on another part of the reply (550 with 5.1.1 is a
 * dead address, 550 with 5.7.1 a refused sender): the fact model names the deciding part. The
 * bounce reader's verdicts map one to one: fix-and-resend is its fix-sending.
 */
export type Action = 'none' | 'continue' | 'retry' | 'fix-and-resend' | 'suppress' | 'depends';
export const ACTIONS: readonly Action[] = ['none', 'continue', 'retry', 'fix-and-resend', 'suppress', 'depends'];

/** Categories where a permanent failure is about the address itself, so resending anything to it is pointless. */
const ADDRESS_CATEGORIES: ReadonlySet<Category> = new Set(['mailbox', 'routing']);

export function actionFor(outcome: Outcome, category: Category): Action {
  switch (outcome) {
    case 'success':
      return 'none';
    case 'intermediate':
      return 'continue';
    case 'transient':
      return 'retry';
    case 'permanent':
      return ADDRESS_CATEGORIES.has(category) ? 'suppress' : 'fix-and-resend';
  }
}

/** Whether an MTA should queue the message and try again by itself. */
export function shouldAutoRetry(outcome: Outcome): boolean {
  return outcome === 'transient';
}
