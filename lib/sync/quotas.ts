/**
 * Chrome's storage.sync limits (chrome.storage.sync.QUOTA_*; Firefox's are close: 100 KB, 8 KB
 * per item, 512 items). An item's size is its key plus its value as JSON, in UTF-8 bytes.
 */
export const SYNC_QUOTAS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

/** What Actionable lets itself use, below the limits so a rounding difference never fails a write. */
export const SYNC_BUDGET = {
  /** Total bytes of our items: 90% of QUOTA_BYTES. */
  bytes: 92_160,
  /** Bytes of one item: QUOTA_BYTES_PER_ITEM less room for a longer key. */
  itemBytes: 8_000,
  /** Items: MAX_ITEMS less a few for later needs. */
  items: 500,
  /** Writes (one set or remove call each) per minute and per hour, below the browser's limits. */
  writesPerMinute: 100,
  writesPerHour: 1_500,
} as const;

export type SyncBudget = { readonly [K in keyof typeof SYNC_BUDGET]: number };

/** UTF-8 bytes of a string, without allocating. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size storage.sync charges for one item. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
}
