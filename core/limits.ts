/**
 * Caps that keep one analysis bounded on any page. Each names the page shape it guards against.
 */

/** A content script shares the tab's main thread: give up after this long (ms). */
export const DEFAULT_BUDGET_MS = 50;
/** Pages with huge DOMs (infinite feeds, 200k-node tables): stop walking after this many nodes. */
export const MAX_NODES_VISITED = 40_000;
/**
 * Element nesting deeper than this is generated or hostile markup: the dev corpus nests 32 deep at
 * most and HTML's own parser stops nesting at 512. Past it a walk gives up on the page (truncated)
 * at once, before descending, instead of reading a 5,000-deep chain to the end.
 */
export const MAX_DEPTH = 256;
/** Check the clock only every this many nodes: reading it is not free in a tight loop. */
export const CLOCK_CHECK_EVERY = 256;
/** One enormous text node (a 10 MB inline blob) must not be copied around: keep this much of it. */
export const MAX_TEXT_NODE_CHARS = 20_000;
/**
 * An article has a few hundred blocks (the dev corpus: 402 at most, on a diary archive); past this
 * many the main root is a catalogue, a feed or a generated list, and the block walk stops
 * (truncated) instead of spending the node budget on it inside one long task.
 */
export const MAX_BLOCKS = 2_000;
/**
 * The first look's structural check (core/crowded-root.ts): a main root with more list items,
 * paragraphs and terms than this is a catalogue or feed (the dev corpus: 398 at most, on a diary
 * archive), so the extractor is not loaded. Equal to MAX_BLOCKS: past it the walk stops anyway.
 */
export const MAX_ROOT_BLOCKS = MAX_BLOCKS;
/** A block (paragraph, list item) longer than this is not an instruction; keep only its head. */
export const MAX_BLOCK_CHARS = 4_000;
/** Stop collecting text once the article has this many characters (book-length pages). */
export const MAX_TOTAL_CHARS = 400_000;
/** After the gate passes, language, career and chrome checks read at most this much main text. */
export const MAX_GATE_CHARS = 60_000;
/**
 * The cheap gate first reads only this much of the main text: enough for an article's opening
 * sections, so long non-advice pages (forums, fiction, specs, diaries) are turned away unread.
 */
export const GATE_SAMPLE_CHARS = 8_000;
/** Elements searched for the first h1/h2 (the headline) on pages whose main root has none. */
export const MAX_HEADLINE_SEARCH_ELEMENTS = 3_000;
/** <head> children read for the title, canonical link, og:type and JSON-LD (tag-soup heads). */
export const MAX_HEAD_ELEMENTS = 400;
/** JSON-LD text read per <script> when looking for a HowTo type (some embed whole catalogues). */
export const MAX_JSON_LD_CHARS = 20_000;
/** At most this many to-dos per page: more means we are reading a list of links or a catalogue. */
export const MAX_ITEMS = 60;
