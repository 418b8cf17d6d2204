import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The popup's database side — Dexie, the db, its queries and writes — and the views that write
 * through it, kept out of the popup's first load (issue 7): the first screen is read without
 * Dexie (db/raw-first-page.ts) and drawn before any of this has loaded.
 */
export type Deferred = typeof import('./deferred-modules');

let loaded: Deferred | undefined;
let loading: Promise<Deferred> | undefined;

/** Loads the deferred modules (once); a click that needs the database awaits this, so it is never lost. */
export function loadDeferred(): Promise<Deferred> {
  loading ??= import('./deferred-modules').then((modules) => (loaded = modules));
  return loading;
}

/** The deferred modules if they are in already. */
export function deferredNow(): Deferred | undefined {
  return loaded;
}

/** Runs `then` once the frame after this one could be painted: work that must not delay it. */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** The deferred modules once they are in; the component renders again when they come. */
export function useDeferred(): Deferred | undefined {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (loaded) return;
    let gone = false;
    loadDeferred().then(
      () => !gone && setLoaded(true),
      (error: unknown) => console.error('Actionable: the popup failed to load', error),
    );
    return () => {
      gone = true;
    };
  }, []);
  return loaded;
}

/**
 * A view from the deferred modules: rendered at once when they are in (always, after the list's
 * live query answered), else as soon as they load.
 */
export function deferredView<P extends object>(pick: (modules: Deferred) => ComponentType<P>): ComponentType<P> {
  return function DeferredView(props: P) {
    const modules = useDeferred();
    return modules ? h(pick(modules), props) : null;
  };
}
