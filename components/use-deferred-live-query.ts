import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Head } from '../lib/use-live-query';
import { afterPaint, deferredNow, loadDeferred, type Deferred } from './deferred';

/**
 * useLiveQuery (lib/use-live-query.ts) for the popup, whose Dexie loads after its first screen:
 * the query gets the deferred modules (db, queries) and runs as a live query once they are in.
 * `undefined` until the first answer; no query, no load (and `undefined`).
 *
 * `head`: the same query answered earlier without Dexie (the popup's first page, read raw). Its
 * answer is the first value; when it was there for the first render, Dexie loads only after that
 * frame is painted, and the live query's own first answer then replaces it (the same page, so
 * nothing moves). Used for the first deps only.
 */
export function useDeferredLiveQuery<T>(
  query: ((modules: Deferred) => Promise<T>) | undefined,
  deps: unknown[] = [],
  head?: Head<T>,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => head?.value);
  const pending = useRef(head);
  useLayoutEffect(() => {
    const early = pending.current;
    pending.current = undefined;
    if (!query) {
      setValue(undefined);
      return;
    }
    let closed = false;
    let live = false;
    let subscription: { unsubscribe(): void } | undefined;
    const subscribe = (modules: Deferred) => {
      if (closed) return;
      subscription = modules.liveQuery(() => query(modules)).subscribe({
        next: (next) => {
          live = true;
          setValue(next);
        },
        error: (error: unknown) => console.error('Actionable: query failed', error),
      });
    };
    const start = () => {
      const modules = deferredNow();
      if (modules) subscribe(modules);
      else loadDeferred().then(subscribe, (error: unknown) => console.error('Actionable: the popup failed to load', error));
    };
    if (!early) start();
    else if (early.value !== undefined) afterPaint(start);
    else {
      void early.promise.then((answer) => {
        if (!closed && !live && answer !== undefined) setValue(answer);
        start();
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
