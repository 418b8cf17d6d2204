/**
 * Hybrid logical clock stamps for sync (SYNC.md). A stamp is a string that sorts the way the
 * clock does: ten base-36 digits of `ms * 1024 + counter`, then the writer's replica id. So
 * comparing two stamps is comparing strings, and two writers never make the same stamp.
 *
 * A field that was never stamped has the implicit stamp of its row's creation (`implicitStamp`):
 * the creation time with an empty replica id, which loses to any real edit made at that time.
 */
export type Stamp = string;

/** Counter values per millisecond: edits made within one millisecond stay ordered. */
const COUNTER_SPAN = 1024;
/** Digits of the clock part: 36^10 > 2^51, enough for every millisecond until the 2080s. */
const CLOCK_DIGITS = 10;
/** Length of a replica id: six base-36 characters (about 2 billion values). */
export const REPLICA_ID_LENGTH = 6;

/** The clock part of a stamp, as a number (ms * 1024 + counter); 0 for an empty stamp. */
export function clockOf(stamp: Stamp): number {
  const digits = stamp.slice(0, CLOCK_DIGITS);
  return digits ? parseInt(digits, 36) : 0;
}

/** The wall-clock millisecond a stamp was made at (approximately: the counter can run ahead). */
export function msOf(stamp: Stamp): number {
  return Math.floor(clockOf(stamp) / COUNTER_SPAN);
}

export function makeStamp(clock: number, replica: string): Stamp {
  return Math.max(0, Math.floor(clock)).toString(36).padStart(CLOCK_DIGITS, '0') + replica;
}

/** The stamp a row's fields have until someone edits them: its creation time, no replica. */
export function implicitStamp(createdAtMs: number): Stamp {
  return makeStamp(createdAtMs * COUNTER_SPAN, '');
}

/** Is this a well-formed stamp (as read from another browser: untrusted)? */
export function isStamp(value: unknown): value is Stamp {
  return typeof value === 'string' && /^[0-9a-z]{10}[0-9a-z]{0,12}$/.test(value);
}

/** A random replica id. Each extension context has its own: only uniqueness matters. */
export function newReplicaId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < REPLICA_ID_LENGTH; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/**
 * One context's clock. `next(after)` gives a stamp later than the wall clock, than every stamp
 * this clock gave before, and than `after` (the stamp of the value being overwritten): so an
 * edit always wins over what the user saw, even when another browser's clock runs ahead.
 */
export class HybridClock {
  private last = 0;

  constructor(
    readonly replica: string = newReplicaId(),
    private readonly now: () => number = Date.now,
  ) {}

  next(after: Stamp = ''): Stamp {
    this.last = Math.max(this.now() * COUNTER_SPAN, this.last + 1, clockOf(after) + 1);
    return makeStamp(this.last, this.replica);
  }
}
