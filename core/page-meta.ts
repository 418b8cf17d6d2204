/** Title and canonical URL, read from <head> only. */

export function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = doc.querySelector('title')?.textContent ?? '';
  return (title.trim() || og?.trim() || '').replace(/\s+/g, ' ').slice(0, 300);
}

/** <link rel=canonical> resolved against the page URL, else the URL without its fragment. */
export function canonicalUrl(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return new URL(href || url, url || undefined).href.replace(/#.*$/, '');
  } catch {
    return (url || '').replace(/#.*$/, '');
  }
}

/** og:type and JSON-LD types that say "this is an article / a how-to". */
export function hasArticleMarkup(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return og === 'article';
}
