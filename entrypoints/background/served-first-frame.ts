import { browser } from 'wxt/browser';
import { whenFirstFrameChanged } from '../../lib/first-frame/changed';
import { SERVED_FRAME_KEY } from '../../lib/first-frame/record';
import { isServedFrame, POPUP_PATH, servedPopupFor, type ServedFrame } from '../../lib/first-frame/served-popup';

/**
 * The background's part of the popup's first frame (issue 7, popup first render; see
 * lib/first-frame/served-popup.ts). The popup sends the frame it kept; while the worker is
 * running, a static route (the Service Worker static routing API) hands it the toolbar popup's
 * navigation, and it answers with popup.html with that frame already in it. The route applies
 * only while the worker runs (it is never started for this) and only to popup.html: every other
 * request of the extension's pages goes straight to the extension's files, never through here.
 * Where the browser has no static routes (Firefox's background is no service worker; older
 * Chrome), none of this is installed and the popup draws the frame itself.
 */
/** Chrome's policy for extension pages when the manifest sets none (it sets none). */
const DEFAULT_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

interface RouterRule {
  condition: { urlPattern: unknown; runningStatus?: 'running' };
  source: 'fetch-event' | 'network';
}
interface RoutingInstallEvent extends Event {
  addRoutes(rules: RouterRule[]): Promise<void>;
  waitUntil(promise: Promise<unknown>): void;
}
interface PopupFetchEvent extends Event {
  request: Request;
  respondWith(response: Response): void;
}
type URLPatternConstructor = new (init: { pathname: string }) => unknown;

let kept: ServedFrame | undefined;
let page: string | undefined;

/** Whether this is a service worker that can route requests statically. */
function canRoute(): boolean {
  const install = (globalThis as { InstallEvent?: { prototype: object } }).InstallEvent;
  return typeof install?.prototype === 'object' && 'addRoutes' in install.prototype && 'URLPattern' in globalThis;
}

async function loadPage(): Promise<void> {
  if (page !== undefined) return;
  const response = await fetch(browser.runtime.getURL(POPUP_PATH));
  if (response.ok) page = await response.text();
}

function contentSecurityPolicy(): string {
  const csp = browser.runtime.getManifest().content_security_policy as { extension_pages?: string } | string | undefined;
  return (typeof csp === 'object' ? csp?.extension_pages : undefined) ?? DEFAULT_CSP;
}

function onFetch(event: PopupFetchEvent): void {
  if (event.request.mode !== 'navigate') return;
  const html = servedPopupFor(event.request.url, kept, page, navigator.languages.join(','), Date.now());
  if (html === undefined) return;
  event.respondWith(
    new Response(html, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy(), 'cache-control': 'no-store' },
    }),
  );
}

/** Keeps the frame the popup drew (in memory, and in session storage, which is never written to disk, for the worker's next start). */
export async function keepServedFrame(data: unknown): Promise<{ status: 'kept' } | { status: 'refused' }> {
  if (!canRoute() || !isServedFrame(data)) return { status: 'refused' };
  kept = data;
  await loadPage();
  await browser.storage.session.set({ [SERVED_FRAME_KEY]: data });
  return { status: 'kept' };
}

/** Installs the route and the handler; call synchronously as the worker starts. */
export function serveFirstFrame(): void {
  if (!canRoute()) return;
  const URLPattern = (globalThis as unknown as { URLPattern: URLPatternConstructor }).URLPattern;
  addEventListener('install', (event) => {
    const install = event as RoutingInstallEvent;
    install.waitUntil(
      install
        .addRoutes([
          { condition: { urlPattern: new URLPattern({ pathname: POPUP_PATH }), runningStatus: 'running' }, source: 'fetch-event' },
          { condition: { urlPattern: new URLPattern({ pathname: '*' }) }, source: 'network' },
        ])
        .catch((error: unknown) => console.error('Actionable: the popup route was not added', error)),
    );
  });
  addEventListener('fetch', (event) => onFetch(event as PopupFetchEvent));
  whenFirstFrameChanged(() => {
    kept = undefined;
  });
  void browser.storage.session
    .get(SERVED_FRAME_KEY)
    .then(async (stored) => {
      const frame = stored[SERVED_FRAME_KEY];
      if (kept === undefined && isServedFrame(frame)) kept = frame;
      await loadPage();
    })
    .catch(() => undefined);
}
