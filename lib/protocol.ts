import type { CaptureVia } from '../db/database';

/** One to-do as the content script sends it: plain text only, never markup. */
export interface CapturedItem {
  text: string;
  detail?: string;
  section?: string;
  quote: string;
  position: number;
}

/** What the content script sends for one page. */
export interface PageCapture {
  url: string;
  canonicalUrl: string;
  title: string;
  lang: string;
  isAdvice: boolean;
  career: boolean;
  reasons: string[];
  analysisMs: number;
  via: CaptureVia;
  items: CapturedItem[];
}

/** What a capture did, told back to whoever asked (popup, notice, context menu). */
export type CaptureOutcome =
  | {
      status: 'added';
      articleId: string;
      added: number;
      total: number;
      /** Names this capture for Undo (the in-page notice); absent when there is nothing to undo. */
      captureId?: string;
    }
  | { status: 'none' }
  | { status: 'unsupported'; reason: string }
  | { status: 'error'; message: string };

/**
 * Every message the extension's parts exchange, by name: the request each carries and the
 * response it gets. Both sides are typed from this one map.
 */
export interface ProtocolMap {
  /** Content script → background: store this page's to-dos. */
  capture: { request: PageCapture; response: CaptureOutcome };
  /** Popup → background: run "Capture this page" on the active tab. */
  captureActiveTab: { request: { tabId?: number }; response: CaptureOutcome };
  /** Content script (notice) → background: take back the capture it just reported. */
  undoCapture: { request: { captureId: string }; response: UndoOutcome };
  /** Content script (notice) → background: never auto-capture the sender's site again. */
  blockThisSite: { request: Record<string, never>; response: BlockOutcome };
  /** Popup → background: a due date changed; make the reminder alarms match the database. */
  syncReminders: { request: Record<string, never>; response: { armed: number } };
  /** Capture script (its first look passed) → background: inject the extractor into this frame. */
  extractHere: { request: Record<string, never>; response: { status: 'injected' } | { status: 'refused' } };
  /** Content script (notice) → background: show the to-do list (the popup, else a tab). */
  showTodos: { request: Record<string, never>; response: { status: 'popup' | 'tab' } };
}

/** What Undo did: the article's to-dos left, or nothing because the capture is unknown or too old. */
export type UndoOutcome = { status: 'undone'; left: number } | { status: 'gone' };

/** What "Never on this site" did. */
export type BlockOutcome = { status: 'blocked'; site: string } | { status: 'error'; message: string };

export type MessageName = keyof ProtocolMap;

/** The envelope on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  data: ProtocolMap[K]['request'];
}
