/** Title and canonical URL, read from <head> only. */

// Only <head> is searched: a query over the whole document walks every node when the tag is absent.
function head(doc: Document): ParentNode {
  return doc.head ?? doc;
}

export function pageTitle(doc: Document): string {
  const title = head(doc).querySelector('title')?.textContent?.trim();
  const og = title ? '' : head(doc).querySelector('meta[property="og:title"]')?.getAttribute('content');
  return (title || og?.trim() || '').replace(/\s+/g, ' ').slice(0, 300);
}

/** <link rel=canonical> resolved against the page URL, else the URL without its fragment. */
export function canonicalUrl(doc: Document, url: string): string {
  const href = head(doc).querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return new URL(href || url, url || undefined).href.replace(/#.*$/, '');
  } catch {
    return (url || '').replace(/#.*$/, '');
  }
}
