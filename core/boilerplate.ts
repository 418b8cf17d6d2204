/**
 * Which elements never hold the article's advice: page chrome, widgets, forms, calls to action.
 * Decided from the tag and from class/id words, never from layout (no getComputedStyle).
 */

/**
 * Tags whose content is never article advice (scripts, navigation, forms, embedded media).
 * Not figcaption: gallery posts put the article's text in slide captions; photo credits there
 * are not instructions and the rules drop them.
 */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'input',
  'label', 'dialog', 'menu', 'head', 'title', 'header',
]);

/**
 * class/id words of chrome around an article (WordPress, Hatena, note, news CMSs): navigation,
 * sidebars, related posts, share bars, comments, ads, calls to action, tables of contents.
 * A word must be a whole hyphen/underscore/camelCase part so "header-image" ≠ "head", "shadow" ≠ "ad".
 * Bare "comment" is not here: sites use it for ordinary text boxes; real comment threads sit in
 * a "comments"/"commentlist"/"respond" container.
 */
const CHROME_WORD_RE =
  /(?:^|[-_ ])(?:nav|navi|navbar|navigation|menu|menus|footer|sidebar|side|sidenav|related|relation|recommend|recommends|recommended|popular|ranking|share|sharing|social|sns|comments|commentlist|comment-list|comment-area|comment-form|comment-respond|comment-reply|respond|disqus|breadcrumb|breadcrumbs|pankuzu|ad|ads|adsense|advert|advertisement|advertising|banner|promo|promotion|sponsor|sponsored|cta|newsletter|subscribe|subscription|signup|popup|modal|cookie|cookies|consent|toc|ez-toc|widget|widgets|pagination|pager|pagenation|tags|tag-list|taglist|author|profile|byline|entry-meta|post-meta|article-meta|meta|masthead|disclaimer|screen-reader-text|sr-only|visually-hidden|outbrain|taboola|teaser|teasers|more-stories|read-more|readmore|next-article|prev-next|follow|app-banner|paywall|login|signin|skip-link)(?=$|[-_ ])/;

/** Inline style fragments that hide an element outright (read from the attribute, no layout). */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * An attribute's value, or null. Through the Attr node: in linkedom (Node tools, benchmarks)
 * getAttribute('class') rebuilds a class list each call, ~50× slower; browsers answer either fast.
 */
export function attrOf(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** Splits camelCase ("relatedPosts") into words so CHROME_WORD_RE can see them. */
function wordsOf(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Roles of landmark regions that are never the article. */
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'search']);

/**
 * class/id words of a call-to-action or promotion box. Text after such a box at the end of an
 * article is usually the same promotion's closing line (affiliate blogs), so the walk marks it.
 */
const CALL_TO_ACTION_WORD_RE = /(?:^|[-_ ])(?:cta|promo|promotion|campaign|affiliate|offer|conversion|lead-gen|leadgen)(?=$|[-_ ])/;

/** What an element is to the walk: 'cta' (a promotion box), 'chrome' (skip its subtree) or null. */
export type ChromeKind = 'cta' | 'chrome' | null;

/**
 * A box named like chrome that holds more than this share of the main text is the article itself:
 * some sites name their content column "comment" or "side".
 */
const ARTICLE_SHARE_OVERRIDE = 0.35;

function holdsMostText(el: Element, rootChars: number): boolean {
  return rootChars > 0 && (el.textContent ?? '').length > ARTICLE_SHARE_OVERRIDE * rootChars;
}

/** Classifies an element whose whole subtree is page chrome, hidden, or not text. */
export function chromeKind(el: Element, rootChars = 0): ChromeKind {
  if (SKIP_TAGS.has(el.localName)) return 'chrome';
  if (!el.hasAttributes()) return null;
  if (el.hasAttribute('hidden') || attrOf(el, 'aria-hidden') === 'true') return 'chrome';
  const role = attrOf(el, 'role');
  if (role && CHROME_ROLES.has(role)) return 'chrome';
  const style = attrOf(el, 'style');
  if (style && HIDDEN_STYLE_RE.test(style)) return 'chrome';
  const cls = attrOf(el, 'class');
  const id = attrOf(el, 'id');
  if (!cls && !id) return null;
  const words = wordsOf(` ${cls ?? ''} ${id ?? ''} `.replace(/\s+/g, ' '));
  if (CALL_TO_ACTION_WORD_RE.test(words)) return holdsMostText(el, rootChars) ? null : 'cta';
  return CHROME_WORD_RE.test(words) && !holdsMostText(el, rootChars) ? 'chrome' : null;
}

/** Tags that flow inside a line of text; every other element starts its own block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub',
  'sup', 'time', 'u', 'var', 'wbr', 'br', 'big', 'tt', 'nobr',
]);
