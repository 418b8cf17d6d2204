import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCapture } from './run-capture';

// Registered at runtime for the origins the user granted (see lib/auto-capture-registration.ts),
// and injected on demand by "Capture this page". Never declared in the manifest.
export default defineContentScript({
  registration: 'runtime',
  main: () => runCapture(),
});
