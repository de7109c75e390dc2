/**
 * A paste of several lines (a log excerpt, a whole bounce) into the header search box opens the
 * bounce reader with that text. The text goes through sessionStorage (this tab only; the reader
 * reads and clears it), never through the URL. A one-line paste is left to the search.
 */
import { HANDOFF_KEY, isMultiLinePaste } from '../lib/reader/multiLinePaste.ts';

export function installPasteToReader(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!root || !input) return;
  input.addEventListener('paste', (event) => {
    // An <input> drops line breaks, so the clipboard is read before the browser inserts it.
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isMultiLinePaste(text)) return;
    try {
      sessionStorage.setItem(HANDOFF_KEY, text);
    } catch {
      return; // Storage unavailable or full: the ordinary paste into the search box goes ahead.
    }
    event.preventDefault();
    location.assign(`${root.dataset.base ?? '/'}read/`);
  });
}
