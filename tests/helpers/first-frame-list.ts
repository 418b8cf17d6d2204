/** A popup-like list for the first-frame tests (lib/first-frame/), as the popup draws one. */
const ICON = '<svg class="icon" width="16" height="16" viewBox="0 0 24 24"><path d="M9 6l6 6-6 6"></path></svg>';

/** A popup-like list: header, `rows` rows with the same icon, a time, and a footer. */
export function listMarkup(rows: number, capturedAt = 0): string {
  const items = Array.from(
    { length: rows },
    (_, i) => `<li class="todo"><label><input type="checkbox"><span class="todo-text" lang="ja">記録を残す ${i}</span></label><button aria-label="Details ${i}">${ICON}</button></li>`,
  ).join('');
  return (
    `<main class="popup" aria-busy="false"><header><img class="logo" src="/icon/32.png" alt=""><h1>Actionable</h1></header>` +
    `<section class="group"><h2><a href="https://example.com/a" target="_blank">上司に報告 &amp; 記録</a></h2>` +
    `<p><time datetime="${new Date(capturedAt).toISOString()}">just now</time></p><ul class="todos">${items}</ul></section>` +
    `<footer class="footer"><span style="--hue: 320;">B</span></footer></main>`
  );
}

export function appWith(html: string): HTMLElement {
  const app = document.createElement('div');
  app.innerHTML = html;
  return app;
}
