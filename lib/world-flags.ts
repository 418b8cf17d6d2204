/** Names of the values the extension keeps in a tab's content-script world (shared by every script it injects there). */

/**
 * Set by the background in the tab's content-script world just before it injects the
 * extractor for "Capture this page"; the extractor takes it (and clears it) to know it was asked.
 */
export const MANUAL_CAPTURE_FLAG = '__actionableManualCapture';
/** Set by the capture script once it has started following this document automatically. */
export const AUTO_CAPTURE_DONE_FLAG = '__actionableAutoCaptured';
/** The page addresses (lib/page-key.ts) auto-capture already read in this document. */
export const AUTO_CAPTURE_SEEN_FLAG = '__actionableSeenPages';
/**
 * Set by the capture script (first look passed) for the extractor it then asks the background
 * to inject: which address it looked at, and whether it was the document's first.
 */
export const AUTO_EXTRACT_FLAG = '__actionableAutoExtract';

/** The canonical URL of the article auto-captured last in this document (extract.content). */
export const LAST_CANONICAL_FLAG = '__actionableLastCanonical';

export interface AutoExtractRequest {
  key: string;
  firstRun: boolean;
  lookMs: number;
}
