import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose module loads the first time it is rendered (then renders nothing until it
 * is in): for views most openings of the popup never show, kept out of its first load (issue 7).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let gone = false;
      loading ??= load().then((component) => (loaded = component));
      loading.then(
        () => !gone && setReady(true),
        (error: unknown) => console.error('Actionable: a view failed to load', error),
      );
      return () => {
        gone = true;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
