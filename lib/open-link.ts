import { browser } from 'wxt/browser';
import { isWebUrl } from './safe-url';
import { supportsTextFragments, textFragmentUrl } from './text-fragment';

/** Where "open in article" goes: the page scrolled to the quote where the browser can do that. */
export function articleLink(url: string, quote: string | undefined): string | undefined {
  if (!isWebUrl(url)) return undefined;
  return supportsTextFragments() ? textFragmentUrl(url, quote) : url;
}

/** Opens a web page in a new tab. Anything but http(s) is refused, whatever the page said. */
export async function openWebPage(url: string | undefined): Promise<void> {
  if (!isWebUrl(url)) return;
  await browser.tabs.create({ url });
}

/** The address to open an article at: where the user read it, else its canonical URL. */
export function addressOf(article: { url: string; pageUrl?: string }): string {
  return article.pageUrl || article.url;
}
