import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showFirstFrame } from '../../lib/first-frame/show';
import { startFirstPageRead } from '../../lib/popup-first-screen';

/**
 * The popup's first script (issue 7, popup first render), classic and right after #app, so it
 * runs as soon as it arrives: it draws the kept first frame when one applies (lib/first-frame/),
 * then starts the list's first-page read (IndexedDB alone) and loads the popup's module, which
 * the build moved here (scripts/vite/popup-html.ts) so it does not compete with that frame.
 */
export default defineUnlistedScript(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const app = document.getElementById('app');
  try {
    if (app) showFirstFrame(app, location.search);
  } catch (error) {
    console.error('Actionable: first frame failed', error);
  }
  startFirstPageRead();
  const module = script?.dataset.appModule;
  if (module) {
    const tag = document.createElement('script');
    tag.type = 'module';
    tag.src = module;
    document.head.append(tag);
  }
});
