import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.localName === 'actionable-notice') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Calls `fn` with `this` bound to the notice's closed shadow root. Page scripts cannot reach it
 * (that is the point); the DevTools protocol pierces closed roots, so the test can.
 */
export async function inNoticeRoot<R>(page: Page, fn: string, arg?: string): Promise<R | undefined> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) return undefined;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    return result.value as R;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
