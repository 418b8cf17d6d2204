import { defineContentScript } from 'wxt/utils/define-content-script';
import { runExtract } from './run-extract';

// Never registered: the background injects it where the capture script's first look passed,
// and for "Capture this page" (activeTab). Holds the full rules and the in-page notice.
export default defineContentScript({
  registration: 'runtime',
  main: () => runExtract(),
});
