import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { popupHtml } from './scripts/vite/popup-html';

/** Fixed so Firefox keeps the same id (and so the same IndexedDB) across installs and updates. */
const GECKO_ID = 'actionable@actionable.dev';
/** Firefox 140 (ESR) is the first with `data_collection_permissions`; MV3 scripting is older. */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** Only web pages can be captured; never browser, extension or file pages. */
const WEB_ORIGINS = ['http://*/*', 'https://*/*'];
/**
 * The test build (mode e2e) grants loopback at install, so auto-capture needs no prompt, and the
 * background exposes its menu handler (entrypoints/background/main.ts). Not being mode
 * "production", it is built with Preact's development JSX transform too.
 */
const E2E_HOST = 'http://127.0.0.1/*';

export default defineConfig({
  imports: false,
  // Parallel work on one machine builds into separate folders (tests read the same variable).
  outDir: process.env.ACTIONABLE_OUT_DIR ?? '.output',
  manifestVersion: 3,
  // No modulepreload polyfill or preload helper: extension pages load local files, and every
  // byte counts against the popup's size budget.
  // Preact's devtools bridge only in `wxt dev`: the e2e build, which the benchmarks time, would
  // otherwise carry it (every mode but "production" counts as development to the preset).
  // popupHtml: the built popup inlines its stylesheet and loads its module after the first frame.
  vite: (env) => ({
    plugins: [preact({ devToolsEnabled: env.mode === 'development' }), popupHtml()],
    build: { modulePreload: false },
  }),
  manifest: ({ browser, mode }) => ({
    // Manifest strings in every language the interface speaks: public/_locales/{en,ja}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    optional_host_permissions: WEB_ORIGINS,
    // Alt+Shift+letter is free in Chrome and Firefox by default; users change them in the
    // browser's shortcut settings (chrome://extensions/shortcuts, about:addons → Manage shortcuts).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_commandOpenList__' },
      'capture-page': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCapturePage__' },
    },
    ...(mode === 'e2e' ? { host_permissions: [E2E_HOST] } : {}),
    action: {
      default_title: '__MSG_actionTitle__',
      // Firefox picks the light-coloured icon on dark toolbars; Chrome has no such switch.
      ...(browser === 'firefox'
        ? { theme_icons: [16, 32].map((size) => ({ light: `icon/${size}-on-dark.png`, dark: `icon/${size}.png`, size })) }
        : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});
