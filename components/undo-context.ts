import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Shows "Deleted … · Undo"; `undo` really restores (the rows were only soft-deleted). */
export type OfferUndo = (message: string, undo: () => Promise<void>) => void;

export const UndoContext = createContext<OfferUndo>(() => undefined);

export function useOfferUndo(): OfferUndo {
  return useContext(UndoContext);
}
