/**
 * Splits a byte stream into lines without ever holding more than one line (bounded) in memory:
 * the caller pulls, so a consumer that waits (for a slow reader of its output) stops the reading.
 */
import { StringDecoder } from 'node:string_decoder';

/** Longer lines are cut to this many characters; the rest of the line is skipped, not buffered. */
export const MAX_LINE_CHARS = 64 * 1024;

export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLineChars = MAX_LINE_CHARS,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let line = '';
  let skipping = false;
  const take = (text: string) => {
    if (skipping) return;
    line += text;
    if (line.length > maxLineChars) {
      line = line.slice(0, maxLineChars);
      skipping = true;
    }
  };
  const finish = (): string => {
    const done = line.endsWith('\r') ? line.slice(0, -1) : line;
    line = '';
    skipping = false;
    return done;
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      take(text.slice(start, nl));
      yield finish();
      start = nl + 1;
    }
    take(text.slice(start));
  }
  take(decoder.end());
  if (line.length > 0 || skipping) yield finish();
}
