import { EN, EN_IMPERATIVE_VERBS } from './rules-en';

/** An English to-do longer than this many words is cut at a clause boundary. */
export const MAX_TODO_WORDS_EN = 16;
/** Fewer words than this after cutting is a fragment ("Do it"), keep the longer form then. */
const MIN_CUT_WORDS_EN = 3;
/** One word ("Explore.") is a slogan, not a to-do. */
const MIN_TODO_WORDS_EN = 2;
/** A sentence longer than this many words is a paragraph of narrative, not an instruction. */
const MAX_SENTENCE_WORDS_EN = 60;
/** Look for an imperative main clause after at most this many commas ("If …, as …, watch …"). */
const MAX_INNER_CLAUSES_EN = 3;

// Global copies of two table expressions, built once: shortenEn and innerImperativeEn walk their matches.
const CLAUSE_CUT_G = new RegExp(EN.clauseCut.source, 'gi');
const INNER_CLAUSE_G = new RegExp(EN.innerClause.source, 'gi');

export interface EnTodo {
  text: string;
  rule: string;
}

/** Strips list prefixes, lead adverbs and subordinate clauses before the main verb. */
export function cleanEn(sentence: string): string {
  let s = sentence.trim().replace(EN.listPrefix, '').replace(EN.labelPrefix, '').replace(/^["“‘]/, '');
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(EN.leadAdverb, '').replace(EN.leadClause, '');
    if (s === before) break;
  }
  return s.trim();
}

export function isNoiseEn(sentence: string): boolean {
  return EN.callToAction.test(sentence) || EN.meta.test(sentence) || EN.selfReference.test(sentence) || EN.credit.test(sentence) || EN.ownPromo.test(sentence);
}

/** A picture's caption: a short text ending with its photographer's name in brackets ("Attach moss. (Ann Lee)"). */
export function isCaptionEn(text: string): boolean {
  return EN.captionCredit.test(text.trim());
}

/** The text without quoted words: a quoted question ("Should I buy this?") is not the writer speaking of themself. */
export function unquotedEn(s: string): string {
  return s.replace(EN.quoted, '“”');
}

function firstWord(s: string): string {
  return (/^[A-Za-z][A-Za-z’'-]*/.exec(s)?.[0] ?? '').toLowerCase();
}

/** Cuts a to-do at the first clause boundary past MIN_CUT_WORDS_EN, then to MAX_TODO_WORDS_EN. */
export function shortenEn(text: string): string {
  let s = text.replace(EN.hedgeCondition, '').replace(/[.!;:,\s]+$/, '');
  const re = CLAUSE_CUT_G;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (s.slice(0, m.index).split(/\s+/).length >= MIN_CUT_WORDS_EN) {
      s = s.slice(0, m.index);
      break;
    }
    if (!m[0].length) re.lastIndex++;
  }
  const words = s.split(/\s+/);
  if (words.length > MAX_TODO_WORDS_EN) {
    s = words.slice(0, MAX_TODO_WORDS_EN).join(' ').replace(EN.danglingEnd, '');
    // The cap fell inside a last clause ("…, being careful", "…, or remove"): that stub says nothing, drop it.
    const comma = s.lastIndexOf(', ');
    if (comma > 0 && s.slice(comma + 2).split(/\s+/).length < MIN_CUT_WORDS_EN && s.slice(0, comma).split(/\s+/).length >= MIN_CUT_WORDS_EN) s = s.slice(0, comma).replace(EN.danglingEnd, '');
  }
  return s.replace(/[.!;:,\s]+$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The base form of a gerund ("stuffing" → "stuff", "making" → "make", "stopping" → "stop"), or ''. */
export function baseOfGerundEn(word: string): string {
  const w = word.toLowerCase();
  if (!w.endsWith('ing')) return '';
  const stem = w.slice(0, -3);
  const undoubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : '';
  for (const base of [stem, stem + 'e', undoubled]) if (base && EN_IMPERATIVE_VERBS.has(base)) return base;
  return '';
}

/** True when the sentence opens with a base-form verb used as a command. */
export function isImperativeEn(s: string): boolean {
  const w = firstWord(s);
  if (!EN_IMPERATIVE_VERBS.has(w) || !/\s\S/.test(s)) return false; // one word ("Color") is a topic label
  if (/^\S+,/.test(s)) return false; // "Work, for most of us, …": a noun with an aside
  return !EN.notImperativeNext.test(s) && !EN.statementShape.test(s);
}

/** A manner adverb then a verb ("Gently place the cloche"): imperative, adverb kept. */
function isAdverbImperativeEn(s: string): boolean {
  const m = EN.lyAdverb.exec(s);
  return !!m && !EN_IMPERATIVE_VERBS.has(m[1]!.toLowerCase()) && isImperativeEn(s.slice(m[0].length));
}

/** An imperative main clause after a comma, "so", ";" or a dash inside the sentence, or ''. */
function innerImperativeEn(core: string): string {
  const subordinate = EN.subordinateStart.test(core);
  const series = core.split(';').length > 2;
  const re = INNER_CLAUSE_G;
  re.lastIndex = 0;
  let clauses = 0;
  for (let m = re.exec(core); m && clauses < MAX_INNER_CLAUSES_EN; m = re.exec(core), clauses++) {
    const rest = core.slice(m.index + m[0].length);
    // After a plain comma only a sentence that opened with "If/When …" has its main clause next.
    if (m[0].trim() === ',' && !subordinate) continue;
    // "People ask you to write posts; appear on podcasts; deliver keynotes": a series, not a command.
    if (m[0].trim() === ';' && series) continue;
    if (isImperativeEn(rest) || EN.negativeLead.test(rest)) return rest;
  }
  return '';
}

function todo(text: string, rule: string, ownAntecedent = false): EnTodo | null {
  // "Choose ones that …" points back to the previous sentence, unless its own lead clause holds
  // what the pronoun means ("If an item gets no use, add it to the list").
  const bare = text.replace(/[.!\s]+$/, '');
  // "Choose ones that …", "Add it all together" say nothing on their own even when a lead clause names the things.
  if (((!ownAntecedent || EN.vagueObject.test(bare)) && EN.pronounObject.test(bare)) || EN.emptyTodo.test(bare) || EN.endsOnPointer.test(bare) || EN.feelingTodo.test(text) || EN.reminderOfFact.test(text) || (EN.comparison.test(text) && !EN.negativeLead.test(text))) return null;
  const startBy = EN.startByLead.exec(text);
  const base = startBy ? baseOfGerundEn(startBy[1]!) : '';
  return { text: capitalise(shortenEn(base ? base + text.slice(startBy![0].length) : text)), rule };
}

/** True for a to-do the sentence spelled out as advice ("you should", "she recommends"), not a bare imperative. */
export function isFramedAdviceEn(todo: EnTodo): boolean {
  return /^(?:advice phrase|reported advice)/.test(todo.rule);
}

/** Advice spelled with a subject, modal or frame: "You should X", "Make sure to X", "Let's X", "… is to X". */
function framedAdviceEn(core: string): EnTodo | null {
  const lead = EN.adviceLead.exec(core);
  const afterModal = core.replace(EN.modalLead, '');
  if (lead && afterModal !== core) {
    const verb = afterModal.replace(/^(?:that you|you)\s+/i, '');
    // After "make sure to" / "you should" the verb is certain even when it is not in our list.
    if (/^[a-z]/.test(verb) && !EN.notImperativeNext.test(verb)) return todo(verb, `advice phrase ("${lead[0].toLowerCase()}")`);
  }
  // "Your best bet is a satin ribbon" → "Use a satin ribbon"; "… is to call ahead" → "Call ahead".
  const bestBet = EN.bestBetLead.exec(core);
  if (bestBet) {
    const rest = core.slice(bestBet[0].length);
    const rule = `advice phrase ("${bestBet[0].replace(/\s*,?\s+is\s+$/, '').toLowerCase()} is")`;
    if (!/^to\s/i.test(rest)) return todo(`use ${rest}`, rule);
    const action = rest.slice(3);
    if (isImperativeEn(action) || EN.negativeLead.test(action)) return todo(action, rule);
  }
  const framed = EN.letsLead.exec(core) ?? EN.isToLead.exec(core);
  if (framed) {
    // "My solution is that you have to be confident …": the modal after "that you" goes too.
    const after = core.slice(framed[0].length).replace(EN.bareModal, '');
    // "My advice is to take the time to visit …": a second frame inside the first.
    const rest = EN.adviceLead.test(after) ? after.replace(EN.modalLead, '') : after;
    if (isImperativeEn(rest) || EN.negativeLead.test(rest)) return todo(rest, `advice phrase ("${framed[0].trim().toLowerCase()}")`);
  }
  const reported = EN.reportedAdvice.exec(core);
  if (reported) {
    const rest = core.slice(reported.index + reported[0].length);
    const base = /\byou\s*$/i.test(reported[0]) ? (isImperativeEn(rest) ? firstWord(rest) : '') : baseOfGerundEn(firstWord(rest));
    if (base) return todo(base + rest.slice(firstWord(rest).length), 'reported advice ("recommends doing")');
  }
  return null;
}

/** A condition at most this long ("If no one is visible, …") is kept with its to-do, after the verb. */
const MAX_CONDITION_WORDS_EN = 6;

/**
 * "If no one is visible, call the front desk" → "Call the front desk if no one is visible": a short
 * "if" condition says when the step applies, so it moves after the verb (the to-do still opens with
 * it). Longer conditions, first-person ones and any that would pass MAX_TODO_WORDS_EN stay cut.
 */
function withConditionEn(todo: EnTodo, sentence: string): EnTodo {
  const lead = EN.leadClause.exec(sentence.trim().replace(EN.listPrefix, '').replace(EN.labelPrefix, '').replace(/^["“‘]/, '').replace(EN.leadAdverb, ''));
  const condition = lead ? lead[0].replace(/,\s*$/, '').trim() : '';
  if (!EN.shortCondition.test(condition) || EN.firstPerson.test(condition)) return todo;
  const words = condition.split(/\s+/).length;
  if (words > MAX_CONDITION_WORDS_EN || todo.text.split(/\s+/).length + words > MAX_TODO_WORDS_EN) return todo;
  return { ...todo, text: `${todo.text} ${condition.charAt(0).toLowerCase()}${condition.slice(1)}` };
}

/** The to-do an English sentence asks for, verb first, or null when it asks nothing. */
export function todoOfSentenceEn(sentence: string): EnTodo | null {
  const found = todoOfMainClauseEn(sentence);
  return found && withConditionEn(found, sentence);
}

/** The to-do of the sentence's main clause, its lead clause left out. */
function todoOfMainClauseEn(sentence: string): EnTodo | null {
  const trimmed = sentence.trim();
  // "Create storage crates with this tutorial from …": the source is cut, the action stays.
  const cut = trimmed.replace(EN.sourceTail, '');
  const raw = cut.split(/\s+/).length >= MIN_CUT_WORDS_EN ? cut : trimmed;
  if (!raw || /[?:]["”’)]?$/.test(raw) || isNoiseEn(raw)) return null;
  const words = raw.split(/\s+/).length;
  if (words > MAX_SENTENCE_WORDS_EN || words < MIN_TODO_WORDS_EN) return null;
  // A quoted maxim handed on as advice: the quotation is the to-do, when it reads as one.
  const maxim = EN.quotedMaxim.exec(raw);
  if (maxim) {
    const said = todoOfMainClauseEn(maxim[1]!);
    return said && { text: said.text, rule: 'a maxim quoted as advice' };
  }
  // Ends inside quotation marks: somebody's quoted words, not the author's advice; or opens with
  // a quoted phrase that the sentence then talks about ("“Become a leader” sounds like …").
  if (/[”"]$/.test(raw) && !/^[“"]/.test(raw)) return null;
  if (/^[“"][^”"]{2,80}[”"]\s+[a-z]/.test(raw)) return null;
  const core = cleanEn(raw);
  if (core.split(/\s+/).length < MIN_TODO_WORDS_EN) return null;
  const lead = EN.leadClause.exec(raw.replace(EN.listPrefix, '').replace(EN.leadAdverb, ''));
  const ownAntecedent = !!lead && !EN.pronounSubject.test(lead[0]);
  // First person singular: the author's own story or resolution ("Finish my training"), unless a
  // frame hands the action to the reader ("The lesson I learned is to …").
  if (EN.firstPerson.test(unquotedEn(core))) {
    const framed = EN.isToLead.test(core) ? framedAdviceEn(core) : null;
    return framed && !EN.firstPerson.test(unquotedEn(framed.text)) ? framed : null;
  }
  if (EN.negativeLead.test(core)) return todo(core, 'prohibition ("don\'t", "never", "avoid")', ownAntecedent);
  const framed = framedAdviceEn(core);
  if (framed) return framed;
  // "Be sure to let them know …": the frame's action was refused (it points back), so "Be sure" is no step either.
  if (EN.adviceLead.test(core) && EN.modalLead.test(core)) return null;
  if (isImperativeEn(core)) return todo(core, `starts with the verb "${firstWord(core)}"`, ownAntecedent);
  if (isAdverbImperativeEn(core)) return todo(core, 'a manner adverb, then the verb', ownAntecedent);
  const inner = innerImperativeEn(core);
  if (inner) return todo(inner, 'an imperative main clause after a comma, "so" or ";"', true);
  return null;
}

/**
 * Under a heading like "What not to say to …", a line that is only a quotation is a phrase to
 * avoid: “Can you get it back?” → Don't ask “Can you get it back?”.
 */
export function todoOfQuotedLineEn(text: string, section: string | undefined): EnTodo | null {
  const quote = EN.quotedLine.exec(text.trim());
  if (!quote || !section || !EN.dontSaySection.test(section)) return null;
  const said = quote[1]!.trim();
  const verb = /\?$/.test(said) ? 'ask' : 'say';
  return { text: `Don't ${verb} “${said.replace(/[.!]$/, '')}”`, rule: `a quoted line under "${section}"` };
}

/** ", and" before a second clause that opens with the first clause's verb ("Decide where …, and decide whether …"). */
const REPEATED_VERB_EN = /^([A-Za-z]+)\b.*?(,\s+and\s+)(?=([A-Za-z]+)\b)/;

/**
 * Two steps in one sentence, when the writer repeats the verb after ", and" ("Decide where to fit
 * them, and decide whether the article needs a full rewrite"): each clause is its own to-do.
 * Null unless both clauses read as to-dos.
 */
export function pairOfSentenceEn(sentence: string): [EnTodo, EnTodo] | null {
  const core = cleanEn(sentence);
  const m = REPEATED_VERB_EN.exec(core);
  if (!m || m[1]!.toLowerCase() !== m[3]!.toLowerCase() || !EN_IMPERATIVE_VERBS.has(m[1]!.toLowerCase())) return null;
  const cut = m.index + m[0].length;
  const first = todoOfSentenceEn(core.slice(0, cut - m[2]!.length));
  const second = todoOfSentenceEn(core.slice(cut));
  return first && second ? [first, second] : null;
}
