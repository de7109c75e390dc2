/**
 * The reader shows one row per recipient that did not get the message. A DSN or a log excerpt
 * also reports deliveries (Action: delivered/relayed/expanded, Postfix status=sent); those are
 * counted, not shown as rows.
 */
import type { Reason } from '../bounce/types.ts';

const DELIVERED_ACTIONS = new Set(['delivered', 'relayed', 'expanded', 'sent']);

export function isFailedRecipient(r: { action: string | null; reason: Reason }): boolean {
  if (r.reason === 'Delivered') return false;
  return !(r.action && DELIVERED_ACTIONS.has(r.action.trim().toLowerCase()));
}
