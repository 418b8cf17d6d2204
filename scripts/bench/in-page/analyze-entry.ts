import { analyzePage } from '../../../core/analyze-page';
import { ANALYZE_BENCH_GLOBAL, type AnalyzeBenchApi } from './api';

// Bundled and evaluated in a corpus page's main world: the same code the content script ships,
// on the same live DOM, timed the way the content script times it (performance.now()).
const api: AnalyzeBenchApi = {
  analyze(runs) {
    const times: number[] = [];
    let isAdvice = false;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      isAdvice = analyzePage(document, location.href, { scope: 'career' }).isAdvice;
      times.push(performance.now() - start);
    }
    return { times, isAdvice };
  },
};
(globalThis as Record<string, unknown>)[ANALYZE_BENCH_GLOBAL] = api;
