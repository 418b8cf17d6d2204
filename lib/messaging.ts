import { browser, type Browser } from 'wxt/browser';
import type { Envelope, MessageName, ProtocolMap } from './protocol';

type Sender = Browser.runtime.MessageSender;

/** Sends one typed message to the background and resolves with its typed response. */
export function sendMessage<K extends MessageName>(
  name: K,
  data: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  const envelope: Envelope<K> = { name, data };
  return browser.runtime.sendMessage(envelope);
}

/** Where a message may come from. */
export type Origin = 'content-script' | 'extension-page';

/** One handler per message. `data` is untrusted: the handler validates it. */
export interface Route<K extends MessageName> {
  from: Origin;
  handle(data: unknown, sender: Sender): Promise<ProtocolMap[K]['response']>;
}

export type Routes = { [K in MessageName]: Route<K> };

/** Says where a sender is, or null when it is not this extension at all. */
export function originOf(sender: Sender, runtimeId: string, extensionUrl: string): Origin | null {
  if (sender.id !== runtimeId) return null;
  if (sender.tab && sender.url && /^https?:/i.test(sender.url)) return 'content-script';
  if (sender.url?.startsWith(extensionUrl)) return 'extension-page';
  return null;
}

function isEnvelope(message: unknown): message is { name: string; data: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { name?: unknown }).name === 'string';
}

/**
 * Routes incoming messages to their handlers. Anything not from this extension, from the wrong
 * kind of sender, or not a known message is refused and logged; the sender gets no answer.
 * A handler that throws answers `failed()`, read then so that it speaks the current language (the
 * caller's string table: this module is also bundled into the size-budgeted capture script).
 * Registered synchronously: MV3 drops listeners added after an await.
 */
export function listen(routes: Routes, failed: () => string, log: (reason: string) => void = console.warn): void {
  const extensionUrl = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    const origin = originOf(sender, browser.runtime.id, extensionUrl);
    if (!isEnvelope(message) || !Object.hasOwn(routes, message.name)) {
      log(`Actionable: refused an unknown message from ${sender.url ?? sender.id ?? 'nowhere'}`);
      return false;
    }
    const route = routes[message.name as MessageName];
    if (origin !== route.from) {
      log(`Actionable: refused "${message.name}" from ${sender.url ?? sender.id ?? 'nowhere'} (not ${route.from})`);
      return false;
    }
    route
      .handle(message.data, sender)
      .then(sendResponse)
      .catch((error: unknown) => {
        log(`Actionable: "${message.name}" failed: ${String(error)}`);
        sendResponse({ status: 'error', message: failed() });
      });
    return true; // keeps the channel open for the async answer (Chrome and Firefox)
  });
}
