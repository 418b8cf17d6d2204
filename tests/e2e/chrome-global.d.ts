// Code passed to page.evaluate() runs inside extension pages, where `chrome` is the extension API.
import type { browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof browser;
}
