import { storage } from 'wxt/utils/storage';

export type CaptureScope = 'career' | 'all';

/** What auto-capture takes: career and work advice (default) or any advice. */
export const captureScope = storage.defineItem<CaptureScope>('local:captureScope', {
  fallback: 'career',
  version: 1,
});
