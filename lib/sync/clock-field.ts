import { isStamp, type Stamp } from './hlc';

/**
 * A row's `syncClock` as read from a file (a JSON backup): an object of known group names to
 * stamps, or nothing. Anything else is dropped rather than refused: the clocks only order
 * future merges, and a row without them keeps its creation time as its clock.
 */
export function parseSyncClock<G extends string>(value: unknown, groups: readonly G[]): Partial<Record<G, Stamp>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Partial<Record<G, Stamp>> = {};
  for (const group of groups) {
    const stamp = (value as Record<string, unknown>)[group];
    if (stamp !== undefined && !isStamp(stamp)) return undefined;
    if (stamp !== undefined) out[group] = stamp;
  }
  return Object.keys(out).length ? out : undefined;
}
