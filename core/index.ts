export { analyzePage } from './analyze-page';
export { DEFAULT_BUDGET_MS } from './limits';
export type { ActionItem, AnalyzeOptions, PageAnalysis, PageLang } from './types';
export { firstLook, type FirstLook } from './first-look';
