import { EN, EN_IMPERATIVE_VERBS } from './rules-en';

/** An English to-do longer than this many words is cut at a clause boundary. */
const MAX_TODO_WORDS_EN = 16;
/** Fewer words than this after cutting is a fragment ("Do it"), keep the longer form then. */
const MIN_CUT_WORDS_EN = 3;
/** One word ("Explore.") is a slogan, not a to-do. */
const MIN_TODO_WORDS_EN = 2;
/** A sentence longer than this many words is a paragraph of narrative, not an instruction. */
const MAX_SENTENCE_WORDS_EN = 60;

export interface EnTodo {
  text: string;
  rule: string;
}

/** Strips list prefixes, lead adverbs and subordinate clauses before the main verb. */
export function cleanEn(sentence: string): string {
  let s = sentence.trim().replace(EN.listPrefix, '');
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(EN.leadAdverb, '').replace(EN.leadClause, '');
    if (s === before) break;
  }
  return s.trim();
}

export function isNoiseEn(sentence: string): boolean {
  return EN.callToAction.test(sentence) || EN.meta.test(sentence);
}

function firstWord(s: string): string {
  return (/^[A-Za-z][A-Za-z’'-]*/.exec(s)?.[0] ?? '').toLowerCase();
}

/** Cuts a to-do at the first clause boundary past MIN_CUT_WORDS_EN, then to MAX_TODO_WORDS_EN. */
export function shortenEn(text: string): string {
  let s = text.replace(/[.!;:,\s]+$/, '');
  const re = new RegExp(EN.clauseCut.source, 'gi');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (s.slice(0, m.index).split(/\s+/).length >= MIN_CUT_WORDS_EN) {
      s = s.slice(0, m.index);
      break;
    }
    if (!m[0].length) re.lastIndex++;
  }
  const words = s.split(/\s+/);
  if (words.length > MAX_TODO_WORDS_EN) s = words.slice(0, MAX_TODO_WORDS_EN).join(' ');
  return s.replace(/[.!;:,\s]+$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** True when the sentence opens with a base-form verb used as a command. */
export function isImperativeEn(s: string): boolean {
  const w = firstWord(s);
  if (!EN_IMPERATIVE_VERBS.has(w)) return false;
  if (/^\S+,/.test(s)) return false; // "Work, for most of us, …": a noun with an aside
  return !EN.notImperativeNext.test(s);
}

/** The to-do an English sentence asks for, verb first, or null when it asks nothing. */
export function todoOfSentenceEn(sentence: string): EnTodo | null {
  const raw = sentence.trim();
  if (!raw || /[?:]["”’)]?$/.test(raw) || isNoiseEn(raw) || EN.firstPerson.test(raw)) return null;
  const words = raw.split(/\s+/).length;
  if (words > MAX_SENTENCE_WORDS_EN || words < MIN_TODO_WORDS_EN) return null;
  // Ends inside quotation marks: somebody's quoted words, not the author's advice.
  if (/[”"]$/.test(raw) && !/^[“"]/.test(raw)) return null;
  const core = cleanEn(raw);
  if (EN.negativeLead.test(core)) return { text: capitalise(shortenEn(core)), rule: 'prohibition ("don\'t", "never", "avoid")' };
  const lead = EN.adviceLead.exec(core);
  const afterModal = core.replace(EN.modalLead, '');
  if (lead && afterModal !== core) {
    const verb = afterModal.replace(/^(?:that you|you)\s+/i, '');
    // After "make sure to" / "you should" the verb is certain even when it is not in our list.
    if (/^[a-z]/.test(verb) && !EN.notImperativeNext.test(verb)) return { text: capitalise(shortenEn(verb)), rule: `advice phrase ("${lead[0].toLowerCase()}")` };
  }
  if (isImperativeEn(core)) return { text: capitalise(shortenEn(core)), rule: `starts with the verb "${firstWord(core)}"` };
  return null;
}
