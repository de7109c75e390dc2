import type { ResolverRecord } from './codeIndex.ts';
import { findEnhancedRecord } from './codeLookup.ts';
import { parsePastedError } from './parsePastedError.ts';
import { phraseTarget } from './bounce/phrases.ts';

export interface Resolution {
  reply: string | null;
  enhanced: string | null;
  /**
   * The page to open: the enhanced code's page (or its vendor block's) when the site has one, else
   * the reply code's; for text with no code at all, the page of the reason its words name
   * ("Connection timed out" → 4.4.1), so the search box and the CLI answer alike.
   */
  url: string | null;
  title: string | null;
  bounce: 'hard' | 'soft' | null;
}

/**
 * The bounce type of a paste, as the pages state it: the reply code's record when there is one
 * (the sending server acted on the reply), else the enhanced code's; a code whose page says
 * "depends" (502 to VRFY costs nothing, to MAIL FROM it stops the message) gets no label.
 */
export function bounceFor(reply: string | null, enhanced: string | null, codes: ReadonlyMap<string, ResolverRecord>): 'hard' | 'soft' | null {
  const record = (reply && codes.get(reply)) || (!reply && enhanced ? codes.get(enhanced) : undefined);
  if (record) return record.bounce === 'hard' || record.bounce === 'soft' ? record.bounce : null;
  return bounceOfDigit((reply ?? enhanced ?? '')[0]);
}

function bounceOfDigit(digit: string | undefined): 'hard' | 'soft' | null {
  if (digit === '5') return 'hard';
  if (digit === '4') return 'soft';
  return null;
}

/**
 * Resolves a paste to the page a reader wants. The bounce type follows the reply code when
 * there is one, since that is what the sending server acted on.
 */
export function resolvePaste(text: string, codes: ReadonlyMap<string, ResolverRecord>): Resolution {
  const { reply, enhanced } = parsePastedError(text);
  const target =
    (enhanced && findEnhancedRecord(enhanced, codes)) || (reply && codes.get(reply)) || (!reply && !enhanced ? pageForWords(text, codes) : null) || null;
  return {
    reply,
    enhanced,
    url: target ? target.url : null,
    title: target ? target.title : null,
    bounce: bounceFor(reply, enhanced, codes),
  };
}

/** The page of the reason a code-less phrase names (phraseTarget), or null. */
export function pageForWords<R extends ResolverRecord>(text: string, codes: ReadonlyMap<string, R>): R | null {
  const phrase = phraseTarget(text);
  return (phrase && findEnhancedRecord(phrase.code, codes)) || null;
}
