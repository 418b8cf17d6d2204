/** The notice's own styles, inside its closed shadow root: the page's CSS cannot reach in. */
export const NOTICE_CSS = `
:host { all: initial; }
.box { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", sans-serif;
  color: #1d2421; background: #fff; border: 1px solid #cfd8d3; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; max-width: 320px;
  display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.text { margin: 0; flex: 1 1 100%; font-weight: 600; }
button { font: inherit; color: #2f6f4f; background: none; border: 0; padding: 2px 4px; cursor: pointer;
  text-decoration: underline; border-radius: 4px; }
button:focus-visible { outline: 2px solid #2f6f4f; outline-offset: 1px; }
.close { position: absolute; top: 4px; right: 6px; text-decoration: none; color: #5d6b64; font-size: 16px; line-height: 1; }
.wrap { position: relative; }
[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .box { color: #e6ece9; background: #171c1a; border-color: #2c3531; }
  button { color: #6fbf95; }
  .close { color: #9aa8a1; }
}`;

/** The host element's placement, with !important so page rules cannot move or hide it. */
export const HOST_CSS =
  'all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important;' +
  ' z-index: 2147483647 !important; display: block !important; margin: 0 !important;';
