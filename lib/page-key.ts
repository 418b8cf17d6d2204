/**
 * What makes two addresses "the same page" within one visit: the URL without its fragment,
 * except hash routes (`#/…`, `#!…`), which single-page apps use as their paths.
 */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  const fragment = href.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? href : href.slice(0, hash);
}
