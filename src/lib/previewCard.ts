/**
 * The link-preview card of a code page (1200×630), as a satori element tree. Pure: fonts and
 * rendering are the caller's business, so this stays testable.
 */
export interface PreviewCardInput {
  code: string;
  title: string;
  kindLabel: string;
  /** "Hard bounce", "Soft bounce" or "Not a bounce". */
  bounceLabel: string;
  bounce: 'none' | 'soft' | 'hard' | 'depends';
  siteName: string;
}

type Node = { type: string; props: Record<string, unknown> & { children?: Node | Node[] | string } };

const ACCENT: Record<PreviewCardInput['bounce'], string> = { hard: '#a11d1d', soft: '#7a4a00', none: '#17663a', depends: '#3d4a5c' };

/** Long titles are cut at a word boundary so the card never overflows. */
export function fitTitle(title: string, max = 90): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

export function previewCard(input: PreviewCardInput): Node {
  const accent = ACCENT[input.bounce];
  return {
    type: 'div',
    props: {
      style: { width: 1200 - 144, height: 630 - 16 - 48 - 56, boxSizing: 'content-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '48px 72px 56px', background: '#ffffff', borderTop: `16px solid ${accent}`, fontFamily: 'Plex Sans' },
      children: [
        { type: 'div', props: { style: { display: 'flex', fontSize: 30, color: '#4d5661', letterSpacing: 1 }, children: input.kindLabel.toUpperCase() } },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column' },
            children: [
              { type: 'div', props: { style: { fontFamily: 'Plex Mono', fontSize: 140, fontWeight: 700, color: '#0a58a8', lineHeight: 1 }, children: input.code } },
              { type: 'div', props: { style: { display: 'flex', width: 1056, fontSize: 50, fontWeight: 700, color: '#1b1f24', marginTop: 16, lineHeight: 1.15 }, children: fitTitle(input.title) } },
            ],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', width: 1056, justifyContent: 'space-between', alignItems: 'center', fontSize: 32 },
            children: [
              { type: 'div', props: { style: { display: 'flex', color: '#ffffff', backgroundColor: accent, borderRadius: 999, padding: '8px 28px', fontWeight: 700 }, children: input.bounceLabel } },
              { type: 'div', props: { style: { display: 'flex', color: '#4d5661' }, children: input.siteName } },
            ],
          },
        },
      ],
    },
  };
}
