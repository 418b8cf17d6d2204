import { liveQuery } from 'dexie';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A query already under way: its answer once it came (`value`), and the promise of it. */
export interface Head<T> {
  promise: Promise<T | undefined>;
  value?: T;
}

/**
 * Preact binding for Dexie's liveQuery: re-renders whenever the queried data changes, including
 * writes made by the background (Dexie broadcasts them between the extension's pages).
 * `undefined` until the first result. Subscribed in a layout effect: the query starts as the
 * component mounts, not a frame later (a plain effect waits for the next paint), so the popup's
 * list is asked for before its first frame.
 *
 * `head`: the same query, started earlier (the popup asks for its first page before it renders).
 * Its answer is the first value — already there at the first render when it came in time — and
 * the live query subscribes once it is in, so the two do not compete for the database; the live
 * query's own first answer then replaces it. Used for the first deps only.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = [], head?: Head<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => head?.value);
  const pending = useRef(head);
  useLayoutEffect(() => {
    let closed = false;
    let live = false;
    let subscription: { unsubscribe(): void } | undefined;
    const subscribe = () => {
      if (closed) return;
      subscription = liveQuery(query).subscribe({
        next: (next) => {
          live = true;
          setValue(next);
        },
        error: (error: unknown) => console.error('Actionable: query failed', error),
      });
    };
    const early = pending.current;
    pending.current = undefined;
    if (!early || early.value !== undefined) subscribe();
    else {
      void early.promise.then((answer) => {
        if (!closed && !live && answer !== undefined) setValue(answer);
        subscribe();
      });
    }
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
