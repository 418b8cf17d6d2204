/** A host as the block and chosen-site lists keep it: lower case, no trailing dot, no "www.". */
export function siteKey(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** The site of a page URL, or '' for anything that is not a web page. */
export function siteOfUrl(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? siteKey(hostname) : '';
  } catch {
    return '';
  }
}

/** Host names and IPv4 addresses only: what a match pattern can carry. */
const HOST_SHAPE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * What the user typed ("https://www.Example.com/jobs", "example.com") as a site, or null when it
 * is not a web site at all.
 */
export function parseSite(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? siteOfUrl(text) : siteOfUrl(`https://${text}`);
  return host && HOST_SHAPE.test(host) ? host : null;
}

/** True when `host` is a listed site or one of its subdomains. */
export function isListedHost(host: string, sites: readonly string[]): boolean {
  const key = siteKey(host);
  return sites.some((site) => key === site || key.endsWith(`.${site}`));
}

export function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/**
 * Match patterns for a site over http and https, any port: `*.example.com` also matches
 * example.com itself; an IP address has no subdomains.
 */
export function sitePatterns(site: string): string[] {
  const host = isIpAddress(site) ? site : `*.${site}`;
  return [`http://${host}/*`, `https://${host}/*`];
}
