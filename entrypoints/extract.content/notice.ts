import { NOTICE } from '../../lib/strings/notice';
import { HOST_CSS, NOTICE_CSS } from './notice-style';

/** How long the notice stays when left alone (paused while the pointer or focus is on it). */
const NOTICE_MS = 8000;
/** How long the answer to Undo stays before the notice goes. */
const AFTER_UNDO_MS = 2500;

export interface NoticeActions {
  view(): void;
  /** Resolves true when the capture was taken back. */
  undo(): Promise<boolean>;
  /** Resolves with the site now blocked, or null. */
  never(): Promise<string | null>;
}

let dismissCurrent: (() => void) | undefined;

function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (className) b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * "8 to-dos saved · View · Undo · Never on this site", fixed in a corner (no layout shift), in a
 * closed shadow root (page styles can't reach it, page scripts can't read it), announced politely
 * (role="status"); it goes by itself or on Escape. Built with textContent only: no markup parsed.
 */
export function showNotice(count: number, actions: NoticeActions): void {
  dismissCurrent?.();
  const host = document.createElement('actionable-notice');
  host.style.cssText = HOST_CSS;
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = document.createElement('div');
  box.className = 'box wrap';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', NOTICE.label);
  const text = document.createElement('p');
  text.className = 'text';
  text.textContent = NOTICE.saved(count);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const dismiss = () => {
    clearTimeout(timer);
    removeEventListener('keydown', onKey, true);
    host.remove();
    if (dismissCurrent === dismiss) dismissCurrent = undefined;
  };
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(dismiss, ms);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') dismiss();
  };

  const view = button(NOTICE.view, () => actions.view());
  const undo = button(NOTICE.undo, () => {
    undo.disabled = true;
    void actions.undo().then((ok) => {
      text.textContent = ok ? NOTICE.undone : NOTICE.undoFailed;
      for (const b of [view, undo, never]) b.hidden = true;
      later(AFTER_UNDO_MS);
    });
  });
  const never = button(NOTICE.never, () => {
    never.disabled = true;
    void actions.never().then((site) => {
      if (site) text.textContent = NOTICE.blocked(site);
      never.hidden = true;
    });
  });
  const close = button('×', dismiss, 'close');
  close.setAttribute('aria-label', NOTICE.close);

  box.append(text, view, undo, never, close);
  root.append(style, box);
  box.addEventListener('pointerenter', () => clearTimeout(timer));
  box.addEventListener('pointerleave', () => later(NOTICE_MS));
  box.addEventListener('focusin', () => clearTimeout(timer));
  box.addEventListener('focusout', () => later(NOTICE_MS));
  addEventListener('keydown', onKey, true);
  // On <html>, not <body>: a transformed body would turn position: fixed into absolute.
  document.documentElement.append(host);
  dismissCurrent = dismiss;
  later(NOTICE_MS);
}
