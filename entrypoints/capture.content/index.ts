import { defineContentScript } from 'wxt/utils/define-content-script';
import { AUTO_CAPTURE_DONE_FLAG } from '../../lib/world-flags';
import { followNavigation } from './follow-navigation';
import { lookAtPage } from './look-at-page';

/** The page is followed automatically once per document, however often the script is injected. */
function claimAutoRun(): boolean {
  const world = globalThis as Record<string, unknown>;
  if (world[AUTO_CAPTURE_DONE_FLAG]) return false;
  world[AUTO_CAPTURE_DONE_FLAG] = true;
  return true;
}

// Registered at runtime for the origins the user granted (lib/auto-capture-registration.ts):
// the small script that runs on every page. It only looks; the extractor does the rest.
export default defineContentScript({
  registration: 'runtime',
  main: async () => {
    if (!claimAutoRun()) return;
    followNavigation(() => void lookAtPage());
    await lookAtPage();
  },
});
