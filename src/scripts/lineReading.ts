/**
 * The search box's reading of a pasted line (verdict, reason rule, the page of what the words
 * say), loaded only when a line with a code is pasted: plain word searches never download the
 * reason rules' classifier, the provider list or their sentences.
 */
import type { ResolverRecord } from '../lib/codeIndex.ts';
import { diagnoseRecipient } from '../lib/bounce/diagnose.ts';
import { readLine } from '../lib/bounce/readBounce.ts';
import type { RecipientDiagnosis } from '../lib/bounce/types.ts';
import { verdictLabel } from '../ui/bounceText.ts';

export interface LineReading {
  verdict: RecipientDiagnosis['verdict'];
  verdictLabel: string;
  rule: string;
  wordsUrl: string | null;
  wordsTitle: string | null;
}

export function readLineForSearch(text: string, codes: ReadonlyMap<string, ResolverRecord>): LineReading | null {
  const line = readLine(text)[0];
  if (!line) return null;
  const d = diagnoseRecipient(line, codes);
  return { verdict: d.verdict, verdictLabel: verdictLabel[d.verdict], rule: d.rule, wordsUrl: d.wordsUrl, wordsTitle: d.wordsTitle };
}
