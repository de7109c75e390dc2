/**
 * Small progressive enhancements for content pages: "Copy link" beside section headings,
 * "Copy for ticket", the comparison picker and the phone's on-this-page disclosure. Without JS
 * the buttons stay hidden and the # anchors work. Its UI strings come from src/ui/strings.ts as
 * data attributes on #copy-status (this script ships none), and it stays small: it loads on
 * every page.
 */

const strings = () => document.getElementById('copy-status')?.dataset ?? {};
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * The address this page is served from (origin and path, base path included), not the
 * canonical URL: a link copied from a deployment whose SITE_URL was never set must still open.
 * Canonical and Open Graph URLs keep SITE_URL for search engines and previews.
 */
const servedUrl = () => location.origin + location.pathname;

async function copy(button: HTMLButtonElement, text: string): Promise<void> {
  const s = strings();
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (an insecure context) or no permission: show the text to copy by hand.
    ok = false;
  }
  if (!ok) prompt(s.copyPrompt, text);
  const message = (ok ? s.copied : s.copyManually) ?? '';
  const original = (button.dataset.label ??= button.textContent ?? '');
  button.textContent = message;
  document.getElementById('copy-status')!.textContent = message;
  setTimeout(() => (button.textContent = original), 2000);
}

/**
 * "Copy for ticket": the template filled with the page's own "What to do" cell of the at-a-glance
 * table (without its provenance note; the build-time text if the cell is missing) and links at
 * the served address.
 */
function ticket(button: HTMLButtonElement): string {
  const d = button.dataset;
  const cell = document.querySelector('[data-fact="action"]');
  const note = cell?.querySelector('.fact-source')?.textContent ?? '';
  const page = servedUrl();
  return fill(d.ticketTemplate ?? '', {
    code: d.ticketCode ?? '',
    title: d.ticketTitle ?? '',
    whatToDo: cell?.textContent?.replace(note, '').replace(/\s+/g, ' ').trim() || (d.ticketFallback ?? ''),
    fixUrl: `${page}#how-to-fix`,
    pageUrl: page,
  });
}

/**
 * With JS, the "compare with another code" list also gets a picker built from its own links
 * (the markup carries each pair once). It starts with no code chosen: a preselected first code
 * read as a suggestion.
 */
function comparePicker(list: HTMLElement): void {
  const s = strings();
  const form = document.createElement('form');
  form.className = 'compare-picker';
  form.innerHTML = '<label for="compare-select"></label><select id="compare-select" required><option value="" disabled selected></option></select><button type="submit" class="btn"></button>';
  const [label, select, submit] = form.children as unknown as [HTMLElement, HTMLSelectElement, HTMLElement];
  label.textContent = fill(s.compareWith ?? '', { code: list.dataset.compareList ?? '' });
  select.options[0]!.text = s.choose ?? '';
  submit.textContent = s.compare ?? '';
  for (const a of list.querySelectorAll<HTMLAnchorElement>('a[data-code]')) select.add(new Option(a.dataset.code, a.href));
  form.onsubmit = (event) => {
    event.preventDefault();
    if (select.value) location.assign(select.value);
  };
  list.closest('details')?.before(form);
}

export function installPageEnhancements(): void {
  const list = document.querySelector<HTMLElement>('[data-compare-list]');
  if (list) comparePicker(list);
  // The phone's on-this-page disclosure closes once a section is chosen, so it does not cover it.
  const toc = document.querySelector<HTMLDetailsElement>('details.toc-disclosure');
  toc?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) toc.open = false;
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-fragment], button[data-ticket-code]')) {
    button.hidden = false;
    const fragment = button.dataset.copyFragment;
    // The copy button takes over from the "#" link beside it: one Tab stop per heading.
    if (fragment) (button.previousElementSibling as HTMLElement).tabIndex = -1;
    button.onclick = () => void copy(button, fragment ? `${servedUrl()}#${fragment}` : ticket(button));
  }
}
