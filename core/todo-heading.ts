import type { Block } from './collect-blocks';
import type { PageLang } from './types';
import type { Todo } from './todo-of';
import { EN } from './rules-en';
import { JA } from './rules-ja';
import { cleanEn, isImperativeEn, isNoiseEn, todoOfSentenceEn, unquotedEn } from './todo-en';
import { cleanJa, dropSideClausesJa, isNoiseJa, isStepChainJa, nounStopTodoJa, shortenJa, todoOfSentenceJa } from './todo-ja';

/** A heading longer than this is a sentence set as a heading; shorter ones may be bare labels. */
const MAX_HEADING_CHARS = 120;
/** Plain-form directives are short (「丁寧に書く」); a long plain clause is a statement. */
const MAX_PLAIN_HEADING_CHARS_JA = 32;
// A Japanese clause in dictionary form: an object/topic particle, then a verb ending
// (「報告は早めにする」「無言を貫かない」「記録を残す」「結論から話す」).
const JA_PLAIN_CLAUSE_RE = /(?:[をにへでとはが]|から|まで|より).*?(?:する|しない|ない|[うくぐすつぬぶむる])$/;

export function isStructuralHeading(text: string, lang: PageLang): boolean {
  return lang === 'ja' ? JA.structuralHeading.test(cleanJa(text)) : EN.structuralHeading.test(cleanEn(text));
}

/** A heading over reasons, merits or features: its list items explain rather than instruct. */
export function isReasonHeading(text: string, lang: PageLang): boolean {
  return lang === 'ja' ? JA.reasonHeading.test(text) : EN.reasonHeading.test(text);
}

/** A heading or label that reads as a to-do (「記録を残す」, "Ask questions"), or null. */
export function todoOfHeading(raw: string, lang: PageLang): Todo | null {
  const text = raw.trim();
  if (!text || text.length > MAX_HEADING_CHARS || isStructuralHeading(text, lang)) return null;
  if (lang === 'ja') {
    const todo = todoOfSentenceJa(text);
    if (todo) return todo;
    const core = dropSideClausesJa(cleanJa(text)).replace(/^[「『](.+)[」』]$/, '$1');
    if (isNoiseJa(core)) return null;
    if ((core.length <= MAX_PLAIN_HEADING_CHARS_JA || isStepChainJa(core)) && JA_PLAIN_CLAUSE_RE.test(core) && !JA.statementEnding.test(core)) return { text: shortenJa(core), rule: 'a heading or label in dictionary form' };
    const elliptical = JA.ellipticalHeading.exec(core);
    if (elliptical) return { text: core + 'する', rule: 'a heading that asks for something (「〜を」)' };
    const nounStop = nounStopTodoJa(core);
    if (nounStop) return { text: nounStop, rule: 'a heading or label that stops on a verbal noun (「必ず挨拶」)' };
    return null;
  }
  if (lang === 'en') {
    if (/[?？]["”’)]?$/.test(text) || EN.firstPerson.test(unquotedEn(text))) return null;
    // "See How Much Money You Spent": a heading that asks the reader to work something out, not a pointer to a picture.
    if (EN.workOutHeading.test(cleanEn(text))) return { text: cleanEn(text), rule: 'a heading that asks to work out how much' };
    if (isNoiseEn(text)) return null;
    const todo = todoOfSentenceEn(text.replace(/[.!]+$/, ''));
    if (todo) return todo;
    return isImperativeEn(cleanEn(text)) && !EN.comparison.test(text) ? { text: cleanEn(text), rule: 'a heading that starts with a verb' } : null;
  }
  return null;
}

/** A numbered heading ("4. Pepper Your Talks With Praise"). */
const NUMBERED_HEADING_EN = /^\s*\d{1,2}[.):]\s+\S/;
/** Numbered headings at one level form a list of steps when at least this many… */
const MIN_NUMBERED_STEPS_EN = 3;
/** …and at least this share of them read as to-dos. */
const MIN_TODO_SHARE_OF_NUMBERED_EN = 2 / 3;

/**
 * Heading levels whose numbered headings are mostly to-dos ("1. Don't Only Compliment Looks",
 * "2. Compliment Effort", …): there a numbered heading whose verb our list lacks is a step too.
 */
export function numberedStepLevelsEn(blocks: Block[]): Set<number> {
  const seen = new Map<number, { all: number; todos: number }>();
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.level <= 1 || !NUMBERED_HEADING_EN.test(b.text)) continue;
    const count = seen.get(b.level) ?? { all: 0, todos: 0 };
    count.all++;
    if (todoOfHeading(b.text.replace(/\s+/g, ' '), 'en')) count.todos++;
    seen.set(b.level, count);
  }
  return new Set([...seen].filter(([, c]) => c.all >= MIN_NUMBERED_STEPS_EN && c.todos < c.all && c.todos >= MIN_TODO_SHARE_OF_NUMBERED_EN * c.all).map(([level]) => level));
}

/** A numbered heading among numbered to-do headings, read as a step when it opens like one (a capitalised word, not a determiner or question word). */
export function todoOfNumberedStepEn(raw: string): Todo | null {
  const text = raw.trim();
  if (!NUMBERED_HEADING_EN.test(text) || /[?？]["”’)]?$/.test(text) || isNoiseEn(text) || EN.firstPerson.test(unquotedEn(text))) return null;
  const core = cleanEn(text).replace(/[.!]+$/, '');
  if (core.split(/\s+/).length < 2 || !/^[A-Z][a-z]+\b/.test(core) || EN.notStepLead.test(core) || EN.notImperativeNext.test(core) || EN.statementShape.test(core)) return null;
  if (isStructuralHeading(core, 'en') || isReasonHeading(core, 'en')) return null;
  return { text: core, rule: 'a numbered heading among numbered to-do headings' };
}

/** Longest bold paragraph read as a hand-made heading. */
const MAX_BOLD_HEADING_CHARS_EN = 90;
/** The level given to such a heading: below the article's title, like the h3 of a listicle. */
export const BOLD_HEADING_LEVEL_EN = 3;

/** A paragraph wholly in bold that starts with a number ("<p><strong>3. Test Your Offers</strong></p>"): a heading made by hand. */
export function isBoldNumberedHeadingEn(block: Block): boolean {
  return block.kind === 'para' && !!block.lead && block.lead === block.text && block.text.length <= MAX_BOLD_HEADING_CHARS_EN && NUMBERED_HEADING_EN.test(block.text);
}

/**
 * An unnumbered h2 right under the page's h1, with no text between, over h3 sections ("What Not to
 * Say to a Birth Mom" › "Choose your words wisely." › "What Not to Ask…"): the article's subtitle,
 * which sums it up, not one of its steps. An h2 followed by more h2s is the first tip of a list.
 */
export function isSubtitleEn(blocks: Block[], i: number): boolean {
  const block = blocks[i]!;
  const previous = blocks[i - 1];
  if (block.kind !== 'heading' || block.level !== 2 || previous?.kind !== 'heading' || previous.level !== 1 || EN.listPrefix.test(block.text)) return false;
  const next = blocks.slice(i + 1).find((b) => b.kind === 'heading');
  return !!next && next.level > block.level;
}
