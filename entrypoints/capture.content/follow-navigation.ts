import { pageKey } from '../../lib/page-key';

/**
 * How often to look at the address where the Navigation API is missing (Firefox 140 ESR). A
 * string comparison per second; browsers throttle it further in background tabs.
 */
const URL_POLL_MS = 1000;
/** Quiet time after the last address change: single-page apps render the new view after pushState. */
const SPA_SETTLE_MS = 1200;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

/**
 * Calls `onSettled` once the address has changed and then stayed put for SPA_SETTLE_MS.
 * A content script cannot see the page's own history.pushState calls: where the Navigation API
 * exists (Chrome), its `currententrychange` event — dispatched to every world — reports them;
 * elsewhere a cheap poll of location.href does. No extra permission (webNavigation) needed.
 */
export function followNavigation(onSettled: () => void): void {
  let last = pageKey(location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const now = pageKey(location.href);
    if (now === last) return;
    last = now;
    clearTimeout(timer);
    timer = setTimeout(onSettled, SPA_SETTLE_MS);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check);
  else setInterval(check, URL_POLL_MS);
  addEventListener('popstate', check);
}
