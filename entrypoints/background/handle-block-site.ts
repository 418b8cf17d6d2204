import type { Browser } from 'wxt/browser';
import { blockSite } from '../../lib/block-site';
import type { BlockOutcome } from '../../lib/protocol';
import { BACKGROUND } from '../../lib/strings/background';
import { siteOfUrl } from '../../lib/site-block';

/**
 * "Never on this site" from the in-page notice. The site is the sender's own, never what the
 * message says, so a page cannot get other sites blocked.
 */
export async function handleBlockSite(sender: Browser.runtime.MessageSender): Promise<BlockOutcome> {
  const site = siteOfUrl(sender.url ?? '');
  if (!site) return { status: 'error', message: BACKGROUND.noSiteToBlock };
  await blockSite(site);
  return { status: 'blocked', site };
}
