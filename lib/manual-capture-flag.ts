/**
 * Set by the background in the tab's content-script world just before it injects the capture
 * script for "Capture this page"; the script takes it (and clears it) to know it was asked.
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

export interface AutoExtractRequest {
  key: string;
  firstRun: boolean;
  lookMs: number;
}
