import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstPageRead } from '../../lib/popup-first-screen';

// A classic script in the popup's <head> (issue 7, popup first render): it runs as soon as the
// parser reaches it, so the first page's IndexedDB read is under way while the popup's modules
// still load; the popup's own script picks the read up (lib/popup-first-screen.ts).
export default defineUnlistedScript(startFirstPageRead);
