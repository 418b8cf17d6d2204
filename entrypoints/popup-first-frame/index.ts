import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showFirstFrame } from '../../lib/first-frame/show';
import { startFirstPageRead } from '../../lib/popup-first-screen';
import { applyCachedTheme } from '../../lib/theme-cache';

/** Loads the popup's module and its static imports, which the build handed to this script. */
function loadPopupModule(script: HTMLScriptElement | null): void {
  const module = script?.dataset.appModule;
  if (!module) return;
  for (const file of (script?.dataset.appImports ?? '').split(' ').filter(Boolean)) {
    const preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = file;
    document.head.append(preload);
  }
  const tag = document.createElement('script');
  tag.type = 'module';
  tag.src = module;
  document.head.append(tag);
}

/**
 * The popup's first script (issue 7, popup first render), classic and right after #app, so it
 * runs as soon as it arrives: it sets the chosen theme and draws the kept first frame when one
 * applies (lib/first-frame/); then it starts the list's first-page read (IndexedDB alone) and
 * loads the popup's module and its imports (scripts/vite/popup-html.ts moved them here, so they
 * do not compete with that frame). When a frame was drawn, that second part waits for the next
 * task: the frame can be painted first.
 */
export default defineUnlistedScript(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // The chosen theme before anything shows (no light flash for a dark choice).
  applyCachedTheme();
  const app = document.getElementById('app');
  let shown = false;
  try {
    shown = app !== null && showFirstFrame(app, location.search);
  } catch (error) {
    console.error('Actionable: first frame failed', error);
  }
  const rest = () => {
    startFirstPageRead();
    loadPopupModule(script);
  };
  if (shown) setTimeout(rest, 0);
  else rest();
});
