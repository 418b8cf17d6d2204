import { OPENS_PARAGRAPH_RULE_EN, type Candidate } from './extract-items';
import type { PageLang } from './types';
import { selectItemsJa } from './select-items-ja';
import { EN, EN_IMPERATIVE_VERBS } from './rules-en';
import { MAX_TODO_WORDS_EN } from './todo-en';
import { sharesWordsEn } from './dedupe';

/** A numbered heading ("4. Pepper Your Talks With Praise"), and how many numbered to-do headings make a numbered listicle. */
const NUMBERED_HEADING_EN = /^\s*\d{1,2}[.):]\s+\S|#\d{1,2}\b/;
const MIN_NUMBERED_STEPS_EN = 3;
/** todoOfQuotedLineEn's rule: each quoted line under "What not to say" is its own to-do, never capped. */
const QUOTED_LINE_RULE = 'a quoted line';
/** A paragraph to-do sharing this share of its to-do heading's content words restates the tip… */
const RESTATE_SHARE_EN = 0.5;

/** Under one heading keep at most this many to-dos from its paragraphs: listicles ("Cut your spending", then a page of text) turn every sentence of a tip's explanation into an imperative. */
const MAX_SENTENCE_TODOS_PER_SECTION_EN = 3;

/** Lower ranks first: a short, concrete to-do before a vague one or one cut short from a long sentence. */
function rankEn(item: Candidate): number {
  const words = item.text.split(/\s+/).length;
  const vague = (EN.vagueTodo.test(item.text) ? 1 : 0) + (words >= MAX_TODO_WORDS_EN ? 1 : 0);
  return vague * 1000 + words * 10 + item.position / 1000;
}

function verbOf(todo: string): string {
  return todo.split(/\s+/)[0]!.toLowerCase();
}

/**
 * A paragraph to-do that repeats its to-do heading's words ("Use storage solutions that…" under "Use Smart Storage
 * Solutions"), or opens with the heading's own verb: an instance of the tip ("Spend a day in the park…" under "Spend
 * Some Time Away from Material Things"). "Be" says too little to tie the two.
 */
function restatesHeading(item: Candidate, heading: string): boolean {
  const verb = verbOf(heading);
  if (verb !== 'be' && EN_IMPERATIVE_VERBS.has(verb) && verbOf(item.text) === verb) return true;
  return sharesWordsEn(heading, item.text, RESTATE_SHARE_EN);
}

/**
 * Under a to-do heading, a vague paragraph to-do ("Be thorough …", "… substituting it with …")
 * elaborates the heading's tip, unless its own lead clause says what "it" is ("If a number is wrong, fix it").
 */
function elaborates(item: Candidate): boolean {
  return EN.elaboration.test(item.text) || (EN.pointsBack.test(item.text) && !EN.leadClause.test(item.quote));
}

/**
 * Japanese tip pages restate each heading's tip in the paragraphs below it (select-items-ja).
 * English listicles elaborate a tip in many imperative sentences; a careful reader takes the
 * tip and its few concrete steps, so paragraph to-dos are capped per section (the best first).
 */
export function selectItems(items: Candidate[], lang: PageLang): Candidate[] {
  if (lang === 'ja') return selectItemsJa(items);
  // Each to-do heading's section, with the heading's to-do: "Use Smart Storage Solutions", not "Idea #5: Use Smart …".
  const todoHeadings = new Map(items.filter((i) => i.kind === 'heading').map((i) => [i.section, i.text]));
  const bySection = new Map<string, Candidate[]>();
  for (const item of items) {
    if (item.kind !== 'sentence' || item.section === undefined || item.rule.startsWith(QUOTED_LINE_RULE)) continue;
    const group = bySection.get(item.section) ?? [];
    group.push(item);
    bySection.set(item.section, group);
  }
  const dropped = new Set<Candidate>();
  // A slideshow set into the page ("12/50 Markets rally"): its captions are news, not the article's steps.
  for (const item of items) if (item.section !== undefined && EN.galleryHeading.test(item.section)) dropped.add(item);
  // A numbered listicle ("1. Start small", "2. …", "Idea #3: …"): its steps are the numbered to-do headings and what
  // their sections say; an unnumbered heading ("Go forth and lead") and its paragraphs frame the list. The intro stays
  // (a summary list of the steps often opens the page), and so do lists anywhere.
  const numbered = items.filter((i) => i.kind === 'heading' && NUMBERED_HEADING_EN.test(i.quote)).length;
  const framesList = (i: Candidate): boolean => (i.kind === 'heading' ? !NUMBERED_HEADING_EN.test(i.quote) : i.kind === 'sentence' && i.section !== undefined && !NUMBERED_HEADING_EN.test(i.section));
  if (numbered >= MIN_NUMBERED_STEPS_EN) for (const item of items) if (framesList(item)) dropped.add(item);
  for (const [section, group] of bySection) {
    const heading = todoHeadings.get(section);
    if (heading !== undefined) for (const item of group) if (restatesHeading(item, heading) || elaborates(item)) dropped.add(item);
    // A paragraph that opens with an imperative is a step and stays; the cap is for the rest.
    const kept = group.filter((i) => !dropped.has(i));
    const steps = kept.filter((i) => i.rule.endsWith(OPENS_PARAGRAPH_RULE_EN)).length;
    const rest = kept.filter((i) => !i.rule.endsWith(OPENS_PARAGRAPH_RULE_EN)).sort((a, b) => rankEn(a) - rankEn(b));
    for (const item of rest.slice(Math.max(0, MAX_SENTENCE_TODOS_PER_SECTION_EN - steps))) dropped.add(item);
  }
  return items.filter((i) => !dropped.has(i));
}
