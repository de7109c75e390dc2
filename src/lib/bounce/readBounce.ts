/**
 * Read a paste as what it is: one reply or log line (the fast path, through parsePastedError),
 * several MTA log lines (one recipient per bounced or deferred line), or a whole message
 * (MIME, RFC 3464 DSN, NDR text: readMessage.ts, loaded on demand so the first paste of a
 * single line never downloads the MIME parser). Pure; runs in the browser and in Node.
 */
import { parsePastedError } from '../parsePastedError.ts';
import { isBounceLogLine, isDeliveryLogLine, looksLikeLogLine, readLogLines } from './logLines.ts';
import { oneLine, remoteHostOf, stageOf } from './evidence.ts';
import type { BounceRecipient, Diagnosis } from './types.ts';

export type PasteKind = Diagnosis['kind'];

export interface ReadResult {
  kind: PasteKind;
  recipients: BounceRecipient[];
}

/** Lines looked at to decide the kind; the decision never needs more. */
const KIND_SAMPLE_LINES = 200;

/** 'line' for one line, 'log' when the lines are MTA log lines, 'message' for anything longer. */
export function pasteKind(text: string): PasteKind {
  if (typeof text !== 'string') return 'line';
  const lines: string[] = [];
  for (const l of text.trim().split(/\r?\n/, KIND_SAMPLE_LINES)) if (l.trim() !== '') lines.push(l);
  if (lines.length <= 1) return 'line';
  const logLike = lines.filter(looksLikeLogLine).length;
  if (logLike >= lines.length * 0.6 && lines.some(isDeliveryLogLine)) return 'log';
  return 'message';
}

/** One line: today's parser for the codes; a log line also names its recipient and relay. */
export function readLine(text: string): BounceRecipient[] {
  if (typeof text !== 'string') return [];
  if (isBounceLogLine(text)) {
    const fromLog = readLogLines(text);
    if (fromLog.length > 0) return fromLog;
  }
  const { reply, enhanced } = parsePastedError(text);
  if (!reply && !enhanced) return [];
  return [{ address: null, reply, enhanced, diagnostic: oneLine(text) || null, remoteMta: remoteHostOf(text), stage: stageOf(text), action: null }];
}

/** Read any paste. Never throws: garbage gives no recipients. */
export async function readBounce(text: string): Promise<ReadResult> {
  const kind = pasteKind(text);
  try {
    if (kind === 'line') return { kind, recipients: readLine(text) };
    if (kind === 'log') return { kind, recipients: readLogLines(text) };
    const { readMessage } = await import('./readMessage.ts');
    return { kind, recipients: await readMessage(text) };
  } catch {
    return { kind, recipients: [] };
  }
}
