import type { IndexHtmlTransformContext, Plugin } from 'vite';

/** The popup's first-frame script, as entrypoints/popup/index.html names it. */
const FIRST_FRAME_SCRIPT = /<script src="\/popup-first-frame\.js"><\/script>/;
/** What Vite writes for the popup's module entry and its stylesheet. */
const MODULE_ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;

function cssOf(ctx: IndexHtmlTransformContext, file: string): string {
  const asset = ctx.bundle?.[file];
  if (!asset || asset.type !== 'asset') throw new Error(`popup.html: no stylesheet ${file} in the bundle`);
  const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  return css.replace(/<\/style/gi, '<\\/style');
}

/**
 * The built popup.html, arranged for its first frame (issue 7, popup first render): the
 * stylesheet inlined (no fetch to wait for before anything can show), and the popup's module
 * loaded by the first-frame script once that frame is drawn, instead of competing with it from
 * the head. Builds only: `wxt dev` serves the page as written. A page that no longer looks as
 * expected fails the build rather than shipping a popup that never loads.
 */
export function popupHtml(): Plugin {
  return {
    name: 'actionable:popup-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const entry = MODULE_ENTRY.exec(html);
        if (!entry || !FIRST_FRAME_SCRIPT.test(html)) throw new Error('popup.html: module entry or first-frame script not found');
        // The module's own static imports, fetched with it rather than after it (one round, not two).
        const imports = (ctx.chunk?.imports ?? []).map((file) => `/${file}`).join(' ');
        return html
          .replace(MODULE_ENTRY, '')
          .replace(STYLESHEET, (_tag, file: string) => `<style>${cssOf(ctx, file)}</style>`)
          .replace(
            FIRST_FRAME_SCRIPT,
            `<script src="/popup-first-frame.js" data-app-module="${entry[1]}" data-app-imports="${imports}"></script>`,
          );
      },
    },
  };
}
