import { blockedSites } from '../lib/settings';
import { blockSite, unblockSite } from '../lib/block-site';
import { isListedHost } from '../lib/site-block';
import { POPUP_AUTO } from '../lib/strings/popup-auto-capture';
import { useStorageItem } from '../lib/use-storage-item';

/**
 * "Never on this site", one click from the popup; once blocked it says so and offers the way
 * back. `site` is a host name (an article's `site`). Nothing shown without one.
 */
export function NeverOnSiteButton({ site }: { site: string }) {
  const blocked = useStorageItem(blockedSites);
  if (!site || blocked === undefined) return null;
  if (isListedHost(site, blocked)) {
    return (
      <p class="never-on-site" role="status">
        {POPUP_AUTO.blocked(site)}{' '}
        <button type="button" class="link" onClick={() => void unblockSite(site)}>
          {POPUP_AUTO.unblock}
        </button>
      </p>
    );
  }
  return (
    <button type="button" class="never-on-site link" onClick={() => void blockSite(site)} aria-label={POPUP_AUTO.neverOnSiteLabel(site)}>
      {POPUP_AUTO.neverOnSite}
    </button>
  );
}
