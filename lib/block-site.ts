import { blockedSites } from './settings';
import { siteKey } from './site-block';

/** "Never on this site": adds the site to the block list (once). The background re-registers. */
export async function blockSite(site: string): Promise<void> {
  const key = siteKey(site);
  if (!key) return;
  const sites = await blockedSites.getValue();
  if (!sites.includes(key)) await blockedSites.setValue([...sites, key].sort());
}

/** Takes a site off the block list. */
export async function unblockSite(site: string): Promise<void> {
  const key = siteKey(site);
  const sites = await blockedSites.getValue();
  if (sites.includes(key)) await blockedSites.setValue(sites.filter((s) => s !== key));
}
