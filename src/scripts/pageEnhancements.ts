/**
 * Small progressive enhancements for content pages: "Copy link" buttons beside section
 * headings and "Copy for ticket". Without JS the buttons stay hidden and the # anchors work.
 */

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

function canonicalUrl(): string {
  const link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return link?.href ?? `${location.origin}${location.pathname}`;
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

/**
 * With JS, the "compare with another code" list also gets a picker built from its own links,
 * so the markup carries each pair once and the plain list keeps working without JS.
 */
function installComparePicker(): void {
  const list = document.querySelector<HTMLElement>('[data-compare-list]');
  if (!list) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-code]')];
  const form = document.createElement('form');
  form.className = 'compare-picker';
  const label = document.createElement('label');
  label.htmlFor = 'compare-select';
  label.textContent = `Compare ${list.dataset.compareList} with`;
  const select = document.createElement('select');
  select.id = 'compare-select';
  select.append(...links.map((a) => new Option(a.dataset.code ?? '', a.href)));
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'btn';
  submit.textContent = 'Compare';
  form.append(label, select, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign(select.value);
  });
  list.closest('details')?.before(form);
}

export function installPageEnhancements(): void {
  installComparePicker();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-fragment], button[data-copy-text]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const fragment = button.dataset.copyFragment;
      const text = fragment ? `${canonicalUrl()}#${fragment}` : (button.dataset.copyText ?? '').replace('{url}', canonicalUrl());
      const ok = await copyText(text);
      if (!ok) window.prompt('Copy this:', text);
      announce(button, ok ? 'Copied' : 'Copy manually');
    });
  }
}
