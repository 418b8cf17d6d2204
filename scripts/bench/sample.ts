import { performance } from 'node:perf_hooks';
import { median } from './stats';

/** Keep timing one function on one page until this much measured time has piled up (ms). */
const TARGET_SAMPLE_MS = 50;
/** …but at least this many runs, so one GC pause cannot be the median. */
export const MIN_RUNS = 5;
/** Enough for the slow, steady references (HTML parse, Readability.parse: 10–300 ms a run). */
export const MIN_RUNS_SLOW = 3;
/** …and at most this many: a 0.05 ms function is stable long before 2,000 runs. */
const MAX_RUNS = 30;

export interface Sample {
  median: number;
  runs: number;
}

/**
 * Times `measure` repeatedly, each time on a fresh input from `prepare` (untimed), and returns
 * the median. Functions that mutate their input (Readability.parse) get a new document each run.
 */
export function sample<T>(prepare: () => T, measure: (input: T) => void, minRuns = MIN_RUNS): Sample {
  const times: number[] = [];
  let total = 0;
  while (times.length < MAX_RUNS && (times.length < minRuns || total < TARGET_SAMPLE_MS)) {
    const input = prepare();
    const start = performance.now();
    measure(input);
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
  }
  return { median: median(times), runs: times.length };
}
