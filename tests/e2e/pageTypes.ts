/** One sample of every page type, for checks that run over all of them. */
export const PAGE_TYPES = [
  { name: 'index', path: './' },
  { name: 'reply code', path: 'smtp/550/' },
  { name: 'transient reply code', path: 'smtp/421/' },
  { name: 'enhanced code', path: 'smtp/5.1.1/' },
  { name: 'comparison', path: 'smtp/421-vs-550/' },
  { name: '404', path: 'no-such-page/' },
  { name: 'bounce reader', path: 'read/' },
] as const;
