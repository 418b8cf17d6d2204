import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { poll } from '../e2e/environment';

/** A tab whose extension content-script world (the capture script's) can run code. */
export interface ContentWorldTab {
  page: Page;
  /** Loads another page in the same tab and waits for the content script's new world. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the capture script's isolated world; resolves with its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens `url` and finds the isolated world Chromium made for the extension's content script
 * (CDP names it after the extension). Messages sent from there are real content-script
 * messages: the browser fills in `sender.tab`, `sender.url` and `sender.id` itself.
 */
export async function openWithContentWorld(context: BrowserContext, url: string, extensionName = 'Actionable'): Promise<ContentWorldTab> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  let contextId: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.name === extensionName) contextId = c.id;
  });
  await cdp.send('Runtime.enable');
  const goto = async (target: string) => {
    contextId = undefined;
    await page.goto(target);
    await poll(async () => contextId, `the content script in ${target}`);
  };
  await goto(url);
  return {
    page,
    goto,
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
