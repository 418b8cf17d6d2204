/**
 * Which article groups the user collapsed, remembered across popup openings. Only article ids
 * are kept (in the popup's own localStorage), never page content.
 */
export const COLLAPSED_KEY = 'actionable.collapsed';
/** Old entries fall off the end so the list cannot grow without bound. */
const MAX_REMEMBERED = 500;

export function loadCollapsed(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveCollapsed(ids: ReadonlySet<string>): void {
  try {
    localStorage.setItem(COLLAPSED_KEY, JSON.stringify([...ids].slice(-MAX_REMEMBERED)));
  } catch {
    // Storage full or unavailable: collapsing still works for this opening.
  }
}
