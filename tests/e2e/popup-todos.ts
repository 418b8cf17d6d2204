/** One to-do checkbox of the popup, as a screen reader names it (its <label>'s text, or aria-label while editing). */
export interface ListedTodo {
  name: string;
  checked: boolean;
}

/** Runs inside the popup page (serialised by evaluate: self-contained): its to-do checkboxes. */
export function readPopupTodos(): ListedTodo[] {
  return [...document.querySelectorAll<HTMLInputElement>('.todo input[type=checkbox]')].map((box) => ({
    name: (box.labels?.[0]?.textContent ?? box.getAttribute('aria-label') ?? '').trim(),
    checked: box.checked,
  }));
}
