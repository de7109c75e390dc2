/**
 * The header search box takes one line; a paste of several lines (a log excerpt, a whole
 * bounce message) belongs in the bounce reader. The handoff goes through sessionStorage:
 * the text stays in this tab and is never put in a URL or sent anywhere.
 */
export { HANDOFF_KEY } from './keys.ts';

/** True when the pasted text has at least two non-blank lines. */
export function isMultiLinePaste(text: string): boolean {
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '' && ++lines >= 2) return true;
  }
  return false;
}
