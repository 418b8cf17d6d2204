import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/** A query already under way: its answer once it came (`value`), and the promise of it. */
export interface Head<T> {
  promise: Promise<T | undefined>;
  value?: T;
}

/**
 * Preact binding for Dexie's liveQuery: re-renders whenever the queried data changes, including
 * writes made by the background (Dexie broadcasts them between the extension's pages).
 * `undefined` until the first result. Subscribed in a layout effect: the query starts as the
 * component mounts, not a frame later (a plain effect waits for the next paint).
 *
 * For pages that load Dexie itself. The popup draws before Dexie loads and seeds its list with a
 * query answered earlier (a `Head`): that is components/use-deferred-live-query.ts.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Actionable: query failed', error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
