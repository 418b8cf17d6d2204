import { SYNC_QUOTAS, itemBytes } from '../../lib/sync/quotas';
import type { SyncArea } from '../../db/sync-engine';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>) => void;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A stand-in for the browsers' sync service and each browser's storage.sync, with Chrome's real
 * limits: every area checks QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, MAX_ITEMS and the write rates
 * on set/remove and refuses with Chrome's error text, writing nothing. Writes land locally at
 * once; `deliver()` is the sync service: online areas upload their writes (the last upload of
 * a key wins) and download the others', which fires onChanged there, as Chrome Sync does.
 */
export class FakeSyncCloud {
  private readonly cloud = new Map<string, string>();
  readonly areas: FakeSyncArea[] = [];

  constructor(readonly now: () => number) {}

  area(): FakeSyncArea {
    const area = new FakeSyncArea(this.now);
    this.areas.push(area);
    return area;
  }

  /** One exchange: uploads from every online area (in the given order), then downloads. Returns keys moved. */
  deliver(order: readonly FakeSyncArea[] = this.areas): number {
    let moved = 0;
    for (const area of order) {
      if (!area.online) continue;
      for (const [key, value] of area.takeOutbox()) {
        if (value === undefined) this.cloud.delete(key);
        else this.cloud.set(key, value);
        moved++;
      }
    }
    for (const area of order) if (area.online) moved += area.download(this.cloud);
    return moved;
  }

  get bytes(): number {
    let total = 0;
    for (const [key, value] of this.cloud) total += itemBytes(key, JSON.parse(value));
    return total;
  }

  get keys(): string[] {
    return [...this.cloud.keys()];
  }
}

export class FakeSyncArea implements SyncArea {
  private readonly items = new Map<string, string>();
  private readonly outbox = new Map<string, string | undefined>();
  private readonly writes: number[] = [];
  private readonly listeners: Listener[] = [];
  online = true;
  /** Refused writes, by error text, for the tests that look. */
  readonly refused: string[] = [];

  constructor(private readonly now: () => number) {}

  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.items].map(([k, v]) => [k, JSON.parse(v)]));
  }

  async set(values: Record<string, unknown>): Promise<void> {
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(values)) next.set(key, JSON.stringify(value));
    this.commit(next, Object.keys(values));
  }

  async remove(keys: string[]): Promise<void> {
    const next = new Map(this.items);
    for (const key of keys) next.delete(key);
    this.commit(next, keys);
  }

  onChanged(listener: Listener): void {
    this.listeners.push(listener);
  }

  get bytes(): number {
    let total = 0;
    for (const [key, value] of this.items) total += itemBytes(key, JSON.parse(value));
    return total;
  }

  get writeCount(): number {
    return this.writes.length;
  }

  private refuse(message: string): never {
    this.refused.push(message);
    throw new Error(message);
  }

  private commit(next: Map<string, string>, touched: string[]): void {
    const now = this.now();
    if (this.writes.filter((t) => t > now - MINUTE).length >= SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      this.refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    if (this.writes.filter((t) => t > now - HOUR).length >= SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_HOUR) {
      this.refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    let total = 0;
    for (const [key, value] of next) {
      const size = itemBytes(key, JSON.parse(value));
      if (size > SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM) this.refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
      total += size;
    }
    if (total > SYNC_QUOTAS.QUOTA_BYTES) this.refuse('QUOTA_BYTES quota exceeded');
    if (next.size > SYNC_QUOTAS.MAX_ITEMS) this.refuse('MAX_ITEMS quota exceeded');
    this.writes.push(now);
    const changes: Record<string, Change> = {};
    for (const key of touched) {
      const before = this.items.get(key);
      const after = next.get(key);
      if (before === after) continue;
      this.outbox.set(key, after);
      changes[key] = { oldValue: before && JSON.parse(before), newValue: after && JSON.parse(after) };
    }
    this.replace(next);
    if (Object.keys(changes).length) for (const l of this.listeners) l(changes);
  }

  private replace(next: Map<string, string>): void {
    this.items.clear();
    for (const [k, v] of next) this.items.set(k, v);
  }

  takeOutbox(): [string, string | undefined][] {
    const out = [...this.outbox];
    this.outbox.clear();
    return out;
  }

  /** The sync service's copy replaces this browser's, key by key (incoming writes are not charged). */
  download(cloud: ReadonlyMap<string, string>): number {
    const changes: Record<string, Change> = {};
    for (const key of new Set([...this.items.keys(), ...cloud.keys()])) {
      const mine = this.items.get(key);
      const theirs = cloud.get(key);
      if (mine === theirs) continue;
      if (theirs === undefined) this.items.delete(key);
      else this.items.set(key, theirs);
      changes[key] = { oldValue: mine && JSON.parse(mine), newValue: theirs && JSON.parse(theirs) };
    }
    const count = Object.keys(changes).length;
    if (count) for (const l of this.listeners) l(changes);
    return count;
  }
}
