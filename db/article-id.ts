/** Query parameters that only track where a click came from; they never change the article. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src)$/i;

/** The URL an article is known by: no fragment, no tracking parameters, no trailing slash. */
export function normaliseArticleUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  const text = url.toString();
  return text.endsWith('/') && url.pathname !== '/' ? text.slice(0, -1) : text;
}

/** A stable id for an article: a 53-bit hash (cyrb53) of its normalised URL, in base 36. */
export function articleIdFor(rawUrl: string): string {
  const s = normaliseArticleUrl(rawUrl);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 'a' + (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The site shown under an article's title: the host without "www.". */
export function siteOf(rawUrl: string): string {
  try {
    return new URL(rawUrl).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
