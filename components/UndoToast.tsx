import { useEffect, useRef } from 'preact/hooks';
import { strings } from '../lib/popup-strings';

export interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}

/** How long the Undo stays on offer; the deletion stays undoable from the Trash after that. */
export const UNDO_MS = 8000;

/**
 * "Deleted … · Undo" at the bottom of the popup. It takes focus: the button the user pressed
 * went away with the deleted row, and a keyboard user should land somewhere useful.
 */
export function UndoToast({ offer, onDone }: { offer: UndoOffer | undefined; onDone: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!offer) return;
    button.current?.focus();
    const timer = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer?.id]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {offer && (
        <div class="toast">
          <span class="toast-message">{offer.message}</span>
          <button
            ref={button}
            type="button"
            class="toast-undo"
            onClick={() => {
              onDone();
              void offer.undo();
            }}
          >
            {strings.undo}
          </button>
        </div>
      )}
    </div>
  );
}
