import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { popupHtml } from '../../scripts/vite/popup-html';

const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <title>Actionable</title>
    <script type="module" crossorigin src="/chunks/popup-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/popup-XyZ.css">
  </head>
  <body>
    <div id="app"></div>
    <script src="/popup-first-frame.js"></script>
  </body>
</html>`;

function transform(html: string, filename: string, css = '.popup{max-height:600px}'): string {
  const hook = popupHtml().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const ctx = {
    path: '/popup.html',
    filename,
    bundle: { 'assets/popup-XyZ.css': { type: 'asset', fileName: 'assets/popup-XyZ.css', source: css } },
    chunk: { imports: ['chunks/strings-1.js', 'chunks/format-2.js'] },
  } as unknown as IndexHtmlTransformContext;
  return hook.handler.call({} as never, html, ctx) as string;
}

describe('popupHtml (build only)', () => {
  it('inlines the stylesheet and hands the module to the first-frame script', () => {
    const out = transform(BUILT, '/work/entrypoints/popup/index.html');
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain('<style>.popup{max-height:600px}</style>');
    expect(out).not.toContain('type="module"');
    expect(out).toContain(
      '<script src="/popup-first-frame.js" data-app-module="/chunks/popup-AbC123.js" data-app-imports="/chunks/strings-1.js /chunks/format-2.js"></script>',
    );
  });

  it('cannot be closed early by the stylesheet', () => {
    const out = transform(BUILT, '/work/entrypoints/popup/index.html', 'a::after{content:"</style><script>x</script>"}');
    expect(out.match(/<\/style>/g)).toHaveLength(1);
  });

  it('leaves other pages alone', () => {
    expect(transform(BUILT, '/work/entrypoints/options/index.html')).toBe(BUILT);
  });

  it('fails the build when the popup no longer looks as expected', () => {
    expect(() => transform(BUILT.replace('type="module" ', ''), '/work/entrypoints/popup/index.html')).toThrow(/popup\.html/);
    expect(() => transform(BUILT.replace('/popup-first-frame.js', '/other.js'), '/work/entrypoints/popup/index.html')).toThrow(/popup\.html/);
  });
});
