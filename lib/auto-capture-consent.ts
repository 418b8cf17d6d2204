import { browser } from 'wxt/browser';
import { WEB_ORIGINS } from './auto-capture-registration';
import { autoCaptureMode, chosenSites } from './settings';
import { parseSite, sitePatterns } from './site-block';

// Each of these runs straight from a click: permissions.request must come before any await,
// or the browser no longer sees a user gesture and refuses.

/** "On all sites": asks for every web page; on yes, auto-capture runs everywhere allowed. */
export async function chooseAllSites(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: WEB_ORIGINS });
  if (granted) await autoCaptureMode.setValue('all-sites');
  return granted;
}

/** "Only on sites I add": gives back access to all sites; each added site asks for itself. */
export async function chooseChosenSites(): Promise<void> {
  await autoCaptureMode.setValue('chosen-sites');
  await browser.permissions.remove({ origins: WEB_ORIGINS }).catch(() => false);
}

/** Adds a site the user typed, asking for exactly its pages. 'invalid' when it is no site. */
export async function addChosenSite(input: string): Promise<'added' | 'declined' | 'invalid'> {
  const site = parseSite(input);
  if (!site) return 'invalid';
  const granted = await browser.permissions.request({ origins: sitePatterns(site) });
  if (!granted) return 'declined';
  const sites = await chosenSites.getValue();
  if (!sites.includes(site)) await chosenSites.setValue([...sites, site].sort());
  return 'added';
}

/** Takes a site off the chosen list and gives back its permission. */
export async function removeChosenSite(site: string): Promise<void> {
  await chosenSites.setValue((await chosenSites.getValue()).filter((s) => s !== site));
  await browser.permissions.remove({ origins: sitePatterns(site) }).catch(() => false);
}

/** Turns auto-capture off: gives back every site permission it holds. Registration follows at once. */
export async function turnAutoCaptureOff(): Promise<void> {
  const sites = await chosenSites.getValue();
  await browser.permissions.remove({ origins: [...WEB_ORIGINS, ...sites.flatMap((s) => sitePatterns(s))] }).catch(() => false);
}
