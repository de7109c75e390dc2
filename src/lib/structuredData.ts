/** schema.org objects for code pages (FAQPage, TechArticle, BreadcrumbList). Pure builders. */

export function faqPage(items: readonly { q: string; a: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.q,
      acceptedAnswer: { '@type': 'Answer', text: item.a },
    })),
  };
}

export function techArticle(opts: { headline: string; description: string; url: string; dateModified: string; about: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: opts.headline,
    description: opts.description,
    url: opts.url,
    dateModified: opts.dateModified,
    inLanguage: 'en',
    about: { '@type': 'DefinedTerm', name: opts.about, inDefinedTermSet: 'SMTP status codes' },
  };
}

export function breadcrumbList(crumbs: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}
