/**
 * The diagnostic text split at the spans a reason rule matched, so the reader can show the
 * deciding words in <mark> while building text nodes only (a paste never becomes markup).
 */
import type { Match } from '../bounce/types.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Clamps, sorts and merges the spans; spans outside the text or empty are dropped. */
export function mergeMatches(matches: readonly Match[], length: number): Match[] {
  const spans = matches
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, length)), end: Math.max(0, Math.min(end, length)) }))
    .filter(({ start, end }) => Number.isInteger(start) && Number.isInteger(end) && end > start)
    .sort((a, b) => a.start - b.start);
  const merged: Match[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function highlightSegments(text: string, matches: readonly Match[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of mergeMatches(matches, text.length)) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
