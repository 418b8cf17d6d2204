/** Title, canonical URL, og:type and JSON-LD types, read from <head> in one bounded pass. */
import { attrOf } from './boilerplate';
import { MAX_HEAD_ELEMENTS, MAX_JSON_LD_CHARS } from './limits';

export interface HeadMeta {
  title: string;
  /** href of <link rel=canonical>, unresolved ('' when absent). */
  canonicalHref: string;
  /** og:type content, lower case ('' when absent). */
  ogType: string;
  /** JSON-LD in <head> declares a HowTo: the publisher says the page is a how-to. */
  howTo: boolean;
}

/** A JSON-LD "@type" of HowTo (alone or in a list). */
const HOW_TO_TYPE_RE = /"@type"\s*:\s*(?:\[[^\]]*)?"HowTo"/;

/**
 * One pass over <head>'s children instead of a querySelector per field: each failed selector
 * query is a walk of its own, and tag-soup pages put hundreds of elements there.
 */
export function readHead(doc: Document): HeadMeta {
  const meta: HeadMeta = { title: '', canonicalHref: '', ogType: '', howTo: false };
  let ogTitle = '';
  let seen = 0;
  for (let el = doc.head?.firstElementChild ?? null; el && seen++ < MAX_HEAD_ELEMENTS; el = el.nextElementSibling) {
    const tag = el.localName;
    if (tag === 'title') {
      if (!meta.title) meta.title = (el.textContent ?? '').trim();
    } else if (tag === 'meta') {
      const property = attrOf(el, 'property');
      if (property === 'og:title') ogTitle ||= attrOf(el, 'content') ?? '';
      else if (property === 'og:type') meta.ogType ||= (attrOf(el, 'content') ?? '').trim().toLowerCase();
    } else if (tag === 'link') {
      if (!meta.canonicalHref && (attrOf(el, 'rel') ?? '').toLowerCase() === 'canonical') meta.canonicalHref = attrOf(el, 'href') ?? '';
    } else if (tag === 'script' && attrOf(el, 'type') === 'application/ld+json') {
      meta.howTo ||= HOW_TO_TYPE_RE.test((el.textContent ?? '').slice(0, MAX_JSON_LD_CHARS));
    }
  }
  meta.title = (meta.title || ogTitle.trim()).replace(/\s+/g, ' ').slice(0, 300);
  return meta;
}

export function pageTitle(doc: Document): string {
  return readHead(doc).title;
}

/** `href` (a canonical link) resolved against the page URL, else the URL, without its fragment. */
export function resolveCanonical(href: string, url: string): string {
  try {
    // Without a canonical link the URL is parsed once, not once more as its own base.
    return (href ? new URL(href, url || undefined) : new URL(url)).href.replace(/#.*$/, '');
  } catch {
    return (url || '').replace(/#.*$/, '');
  }
}

/** <link rel=canonical> resolved against the page URL, else the URL without its fragment. */
export function canonicalUrl(doc: Document, url: string): string {
  return resolveCanonical(readHead(doc).canonicalHref, url);
}
