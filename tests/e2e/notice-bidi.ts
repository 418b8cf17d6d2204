import type { Page } from 'puppeteer-core';

/** The parts of puppeteer's WebDriver BiDi internals used here (not in its public types). */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: { type: string; result?: RemoteValue } }>;
}
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiFrame {
  browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
}

/**
 * Calls `fn` with `this` bound to the notice's closed shadow root. Page scripts cannot reach it;
 * WebDriver BiDi serialises closed shadow roots when asked (`includeShadowTree: 'all'`).
 */
export async function inNoticeRoot<R>(page: Page, fn: string, arg?: string): Promise<R | undefined> {
  const { browsingContext } = page.mainFrame() as unknown as BidiFrame;
  const session = browsingContext.userContext.browser.session;
  const target = { context: browsingContext.id };
  const host = await session.send('script.evaluate', {
    expression: "document.querySelector('actionable-notice')",
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const node = host.result.result?.value as { shadowRoot?: RemoteValue } | undefined;
  const sharedId = node?.shadowRoot?.sharedId;
  if (!sharedId) return undefined;
  const called = await session.send('script.callFunction', {
    functionDeclaration: fn,
    this: { sharedId },
    arguments: [arg === undefined ? { type: 'undefined' } : { type: 'string', value: arg }],
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return called.result.result?.value as R | undefined;
}
