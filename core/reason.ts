/**
 * Why the detector decided what it did, as data: a code and its values, kept as one compact
 * string ("@items:5:list,heading") so that reasons stay `string[]` everywhere they travel
 * (capture messages, the database, backups, sync). The interface renders each code in the
 * chosen language (lib/reason-text.ts); a reason that is not a code — an English sentence
 * stored by an older version — is shown as stored.
 *
 * The last value may hold any text (a title, an error message, even ':'); the others are
 * numbers or plain words.
 */
export type ReasonCode =
  /** The document has no body. */
  | 'noBody'
  /** Neither Japanese nor English. */
  | 'notLang'
  /** No advice phrase in the main text. */
  | 'noMarkers'
  /** JSON-LD declares a HowTo. */
  | 'howTo'
  /** (headline) The title or headline reads like advice. */
  | 'title'
  /** (markers, characters) Advice phrases in the sampled main text. */
  | 'markers'
  /** (count, kinds "list,heading") Things to do found. */
  | 'items'
  /** (per 1,000 characters) Advice phrasing throughout. */
  | 'phrasing'
  /** (call-to-action links) Reads like a product page. */
  | 'product'
  /** (per 1,000 characters) The writer talks about themselves. */
  | 'firstPerson'
  /** (points, points needed) The verdict's score. */
  | 'points'
  /** (how) Where the main content was found. */
  | 'main'
  /** (in the title, in the text, per 1,000 characters) Work words. */
  | 'career'
  /** Not advice (the first look's reasons follow). */
  | 'notAdvice'
  /** Items taken although the first look said no. */
  | 'firstLookNo'
  /** The user asked for the items. */
  | 'onRequest'
  /** (message) The analysis threw and stopped. */
  | 'stopped'
  /** The user selected the text (right-click menu). */
  | 'selected';

/** Starts every coded reason; no English sentence of older versions started with it. */
export const REASON_MARK = '@';

/** A reason as stored: `reason('items', 5, 'list')` → "@items:5:list". */
export function reason(code: ReasonCode, ...values: (string | number)[]): string {
  return [REASON_MARK + code, ...values].join(':');
}

/** Is this stored reason a code, rather than a sentence stored by an older version? */
export function isCoded(stored: string): boolean {
  return stored.startsWith(REASON_MARK);
}
