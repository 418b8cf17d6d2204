import { performance } from 'node:perf_hooks';
import type { Sample } from './sample';
import { median } from './stats';

/** As in sample.ts: keep timing until this much measured time has piled up (ms), per function… */
const TARGET_SAMPLE_MS = 50;
/** …within this many runs each. */
const MAX_RUNS = 30;
/**
 * …and at least this many: both functions take well under a millisecond on most pages, so on a
 * busy machine a handful of runs can all straddle a switch to another process (each then costs
 * a scheduler slice, several ms); the median of 15 stays put while fewer than 8 do.
 */
const MIN_PAIR_RUNS = 15;

/**
 * Times two functions on the same input by turns (a, b, a, b, …) and returns each one's median.
 * Their ratio is the figure that matters: timed by turns, a burst of load from elsewhere on the
 * machine (other builds, browsers) lands on both alike, instead of on whichever was being timed
 * while it lasted — sampled one after the other, a single burst moved a page's ratio 3×.
 */
export function samplePair<T>(input: T, a: (input: T) => void, b: (input: T) => void): { a: Sample; b: Sample } {
  const times: [number[], number[]] = [[], []];
  const totals = [0, 0];
  const wants = (i: number) => times[i]!.length < MAX_RUNS && (times[i]!.length < MIN_PAIR_RUNS || totals[i]! < TARGET_SAMPLE_MS);
  while (wants(0) || wants(1)) {
    for (const [i, measure] of [a, b].entries()) {
      if (!wants(i)) continue;
      const start = performance.now();
      measure(input);
      const elapsed = performance.now() - start;
      times[i]!.push(elapsed);
      totals[i]! += elapsed;
    }
  }
  return { a: { median: median(times[0]), runs: times[0].length }, b: { median: median(times[1]), runs: times[1].length } };
}
