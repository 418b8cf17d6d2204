/** Longest wait for the page's load event: a stalled image or ad must not hold capture back. */
const LOAD_WAIT_MS = 3000;
/** Longest wait for an idle slot after load before analysing anyway. */
const IDLE_TIMEOUT_MS = 2000;

function whenLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    addEventListener('load', done, { once: true });
    setTimeout(done, LOAD_WAIT_MS);
  });
}

/** Resolves in an idle slot after the page has loaded, so analysis never competes with it. */
export async function whenIdle(): Promise<void> {
  await whenLoaded();
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/** Longest wait for the next idle slot between two steps of an analysis. */
const SLICE_IDLE_TIMEOUT_MS = 500;

/**
 * Hands the thread back to the page until its next idle slot: what a long analysis awaits
 * between its steps, so the page's own scripts and input run in between.
 */
export function nextIdleSlot(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: SLICE_IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}
