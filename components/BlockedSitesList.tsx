import { unblockSite } from '../lib/block-site';
import { blockedSites } from '../lib/settings';
import { WELCOME } from '../lib/strings/welcome';
import { useStorageItem } from '../lib/use-storage-item';

/** The "never on this site" list, each with a way back. Nothing shown while it is empty. */
export function BlockedSitesList() {
  const sites = useStorageItem(blockedSites) ?? [];
  if (sites.length === 0) return null;
  return (
    <section aria-labelledby="blocked-heading">
      <h3 id="blocked-heading">{WELCOME.blockedListHeading}</h3>
      <ul class="sites">
        {sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" onClick={() => void unblockSite(site)} aria-label={WELCOME.unblockSite(site)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
