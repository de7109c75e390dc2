/**
 * Small progressive enhancements for content pages: "Copy link" beside section headings,
 * "Copy for ticket", the comparison picker and the phone's on-this-page disclosure.
 * Without JS the buttons stay hidden and the # anchors work.
 */
import { enhance as t, ticketText } from '../ui/strings.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection-based fallback (permissions, insecure context).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * The address this page is served from (origin and path, base path included), not the
 * canonical URL: a link copied from a deployment whose SITE_URL was never set must still open.
 * Canonical and Open Graph URLs keep SITE_URL for search engines and previews.
 */
function servedUrl(): string {
  return `${location.origin}${location.pathname}`;
}

function announce(button: HTMLButtonElement, message: string): void {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = message;
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
  setTimeout(() => {
    button.textContent = original;
  }, 2000);
}

async function copyAndAnnounce(button: HTMLButtonElement, text: string): Promise<void> {
  const ok = await copyText(text);
  if (!ok) window.prompt(t.copyPrompt, text);
  announce(button, ok ? t.copied : t.copyManually);
}

/** The heading text of a section, without its "#" and "Copy link". */
function headingLabel(id: string): string {
  const heading = document.getElementById(id);
  if (!heading) return id;
  const clone = heading.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.heading-anchor, .copy-link').forEach((n) => n.remove());
  return clone.textContent?.trim() ?? id;
}

/** The section the ticket points at: the one in the address bar, else "How to fix it", else the at-a-glance table. */
function ticketSection(): string {
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (fromHash && document.querySelector(`h2[id="${CSS.escape(fromHash)}"]`)) return fromHash;
  return document.getElementById('how-to-fix') ? 'how-to-fix' : 'at-a-glance';
}

/** The "What to do" cell of the at-a-glance table, found by its row label; the build-time text if the row is missing. */
function whatToDo(button: HTMLButtonElement): string {
  const label = button.dataset.ticketRow ?? '';
  for (const th of document.querySelectorAll<HTMLTableCellElement>('#at-a-glance ~ * th, section:has(> h2#at-a-glance) th')) {
    if (th.textContent?.trim() === label) {
      const cell = th.parentElement?.querySelector('td');
      const text = cell?.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return button.dataset.ticketFallback ?? '';
}

function installTicketButton(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    const page = servedUrl();
    const section = ticketSection();
    void copyAndAnnounce(
      button,
      ticketText({
        code: button.dataset.ticketCode ?? '',
        title: button.dataset.ticketTitle ?? '',
        whatToDo: whatToDo(button),
        sectionLabel: headingLabel(section),
        sectionUrl: `${page}#${section}`,
        pageUrl: page,
      }),
    );
  });
}

/**
 * With JS, the "compare with another code" list also gets a picker built from its own links,
 * so the markup carries each pair once and the plain list keeps working without JS. It starts
 * with no code chosen: a preselected first code read as a suggestion.
 */
function installComparePicker(): void {
  const list = document.querySelector<HTMLElement>('[data-compare-list]');
  if (!list) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-code]')];
  const form = document.createElement('form');
  form.className = 'compare-picker';
  const label = document.createElement('label');
  label.htmlFor = 'compare-select';
  label.textContent = t.compareWith(list.dataset.compareList ?? '');
  const select = document.createElement('select');
  select.id = 'compare-select';
  select.required = true;
  const none = new Option(t.choose, '', true, true);
  none.disabled = true;
  select.append(none, ...links.map((a) => new Option(a.dataset.code ?? '', a.href)));
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'btn';
  submit.textContent = t.compare;
  form.append(label, select, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) location.assign(select.value);
    else select.focus();
  });
  list.closest('details')?.before(form);
}

/** The phone's on-this-page disclosure closes once a section is chosen, so the section is not covered. */
function installTocDisclosure(): void {
  const details = document.querySelector<HTMLDetailsElement>('details.toc-disclosure');
  details?.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) details.open = false;
  });
}

export function installPageEnhancements(): void {
  installComparePicker();
  installTocDisclosure();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-fragment]')) {
    button.hidden = false;
    // The button takes over from the "#" link beside it: one Tab stop per heading.
    const anchor = button.parentElement?.querySelector<HTMLAnchorElement>('.heading-anchor');
    if (anchor) anchor.tabIndex = -1;
    button.addEventListener('click', () => void copyAndAnnounce(button, `${servedUrl()}#${button.dataset.copyFragment}`));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-ticket-code]')) {
    button.hidden = false;
    installTicketButton(button);
  }
}
