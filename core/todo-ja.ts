import { negativeOfPlain, plainOfMasuStem, plainOfNaide, plainOfTeStem } from './ja-conjugate';
import { JA, JA_TODO } from './rules-ja';

/** A Japanese to-do longer than this keeps only its last clauses (they hold the predicate). */
const MAX_TODO_CHARS_JA = 55;
/** When cutting a long to-do at 、, keep at least this many characters of the tail. */
const MIN_TAIL_CHARS_JA = 12;
/** Calls to action are short: a longer sentence that mentions 相談 or 無料 is ordinary advice. */
const MAX_CTA_CHARS_JA = 40;
/** A to-do's sentence is short (the longest on real pages is ~250 characters): longer text is never matched, so no rule runs long. */
const MAX_SENTENCE_CHARS_JA = 300;
/** Shorter than this is a fragment (「する」), not a to-do. */
const MIN_TODO_CHARS_JA = 3;
/** Noun-stop labels (「姿勢を正して着座」) are short; a longer one is a statement cut short. */
const MAX_NOUN_STOP_CHARS_JA = 30;
/** A chain of plain steps (isStepChainJa) longer than this is a paragraph, not a list item. */
const MAX_STEP_CHAIN_CHARS_JA = 80;
/** Plain-style prescriptions after a lead (「だからまず調べる」) are short; a longer one narrates. */
const MAX_PLAIN_LEAD_CHARS_JA = 32;

export interface JaTodo {
  text: string;
  /** Which ending made it an instruction (for the "why was this captured?" view). */
  rule: string;
}

/** `plainStyle`: a dictionary-form prescription (である調), which a statement of fact can also look like. */
type Rule = [name: string, re: RegExp, toPlain: (m: RegExpMatchArray) => string, plainStyle?: boolean];

// Order matters: the more specific frames first (「重要なのは…こと」 before 「…ことが重要」).
const RULES: Rule[] = [
  ['「重要なのは〜こと」', JA_TODO.framedImportance, (m) => plainOfTrying(m[1]!)],
  ['「〜には注意が必要」', JA_TODO.cautionNeeded, (m) => `${m[1]}に${m[2]}する`],
  ['「〜すべき〜」', JA_TODO.dutyNoun, (m) => `${m[1] ?? ''}${m[3]}を${m[2]!.endsWith('す') ? m[2] + 'る' : m[2]}`],
  ['「早めの〜をお勧め」', JA_TODO.adverbialRecommend, (m) => `${m[1]}${m[2]}に${m[3]}する`],
  ['「〜がおすすめ」', JA_TODO.nounRecommend, (m) => `${m[1]}を選ぶ`],
  ['「〜ことが大切」', JA_TODO.importanceEnding, (m) => m[1]!],
  ['「〜ことをおすすめ」', JA_TODO.recommendEnding, (m) => m[1]!],
  ['「〜べき・必要がある」', JA_TODO.obligationEnding, (m) => m[1]!.replace(/す$/, 'する')],
  ['「〜ほうがいい」', JA_TODO.betterEnding, (m) => (m[2] === 'ば' ? plainOfCondition(m[1]!, 'ば') : pastToPlain(m[1]!))],
  ['「〜なければならない」', JA_TODO.mustEnding, (m) => plainOfNegativeStem(m[1]!)],
  ['「〜てはいけない」', JA_TODO.prohibitionEnding, (m) => negativeOfPlain(plainOfTeStem(m[1]!, m[2] as 'て' | 'で'))],
  ['「〜には、〜ことです」', JA_TODO.purposeKoto, (m) => m[2]!],
  ['「〜を忘れずに」', JA_TODO.forgetNot, (m) => m[1]! + '忘れない'],
  ['「〜ましょう」', JA_TODO.shouldEnding, (m) => plainOfMasuStem(m[1]!)],
  ['「〜てください」', JA_TODO.pleaseEnding, (m) => pleaseToPlain(m[1]!, m[2] as 'て' | 'で')],
  ['「〜しよう」', JA_TODO.hortativeEnding, (m) => hortativeToPlain(m[1]!, m[2]!)],
  ['「〜おう」', JA_TODO.volitionalEnding, (m) => volitionalToPlain(m)],
  ['「〜するのはNG」', JA_TODO.ngEnding, (m) => negativeOfPlain(m[1]!)],
  ['「〜しなさい」', JA_TODO.commandEnding, (m) => plainOfMasuStem(m[1]!)],
  // 「子供にはのびのび育ってほしい」 wishes something of someone else: not the reader's to-do.
  ['「〜してほしい」', JA_TODO.wishEnding, (m) => (m[3] || m[4] ? m[1]! + m[2]! + 'おく' : /^[^、]{1,10}には/.test(m[1]!) ? '' : plainOfTeStem(m[1]!, m[2] as 'て' | 'で'))],
  ['「〜は禁物」', JA_TODO.nounNg, (m) => m[1]! + (/^[\u3400-\u9fff]{2,4}$/.test(m[1]!) ? 'しない' : 'をしない')],
  ['「〜したいところです」', JA_TODO.wishStem, (m) => plainOfMasuStem(m[1]!)],
  ['「〜してみて」', JA_TODO.casualTry, (m) => plainOfTeStem(m[1]!, m[2] as 'て' | 'で')],
  ['「ご〜ください」', JA_TODO.honorificPlease, (m) => m[1]! + m[2]! + 'する'],
  ['「お〜ください」', JA_TODO.honorificStemPlease, (m) => m[1]! + plainOfMasuStem(m[2]!)],
  ['「〜ことで〜やすくなる」', JA_TODO.benefitEnding, (m) => plainOfCondition(m[1]!, m[2]!)],
  // Plain-style (である調) prescriptions: weaker, so after every polite form.
  ['「〜ようにする」', JA_TODO.plainYouniEnding, (m) => m[1]!, true],
  ['「〜ておく」', JA_TODO.plainTeokuEnding, (m) => m[1]!, true],
  ['「〜すること」', JA_TODO.plainKotoEnding, (m) => m[1]!, true],
];

const O_TO_U: Record<string, string> = { お: 'う', こ: 'く', ご: 'ぐ', そ: 'す', と: 'つ', の: 'ぬ', ぼ: 'ぶ', も: 'む', ろ: 'る' };

/** 「言お」+う→言う, 「考え」+よう→考える. */
function volitionalToPlain(m: RegExpMatchArray): string {
  if (m[2]) return m[2] + 'る';
  const stem = m[1]!;
  return stem.slice(0, -1) + (O_TO_U[stem.slice(-1)] ?? '');
}

/** 「した方がいい」: past た → dictionary form (only the common し/e-row shapes). */
function pastToPlain(clause: string): string {
  const m = /^(.+?)([ただ])$/.exec(clause);
  if (!m) return clause;
  return plainOfTeStem(m[1]!, m[2] === 'た' ? 'て' : 'で');
}

function pleaseToPlain(stem: string, te: 'て' | 'で'): string {
  if (te === 'で' && stem.endsWith('な')) return plainOfNaide(stem);
  if (te === 'で' && stem.endsWith('ない')) return stem; // 〜しないでください: the lazy match took the い
  return plainOfTeStem(stem, te);
}

function hortativeToPlain(head: string, tail: string): string {
  if (tail === 'しよう') return plainOfMasuStem(head + 'し');
  const te = tail[0] as 'て' | 'で';
  const aux = tail.slice(1, 2); // み / お / い
  if (aux === 'み') return plainOfTeStem(head, te);
  return head + te + (aux === 'お' ? 'おく' : 'いく');
}

const E_TO_U: Record<string, string> = { え: 'う', け: 'く', げ: 'ぐ', せ: 'す', て: 'つ', ね: 'ぬ', べ: 'ぶ', め: 'む' };

/** The step before a benefit marker in dictionary form: 「話す」+ことで, 「入れれ」+ば→入れる, 「見直せ」+ば→見直す, 〜ておくと→〜ておく. */
function plainOfCondition(clause: string, marker: string): string {
  // 「経験があることで」 states, 「残しておいたりすることで」 gives an example: neither is a step.
  if (JA_TODO.stateClause.test(clause) || /たり(?:する|すれ|し)$/.test(clause)) return '';
  if (marker.startsWith('こと')) return /(?:[うくぐすつぬぶむる]|ない)$/.test(clause) ? clause : '';
  if (marker !== 'ば') return clause + marker.slice(0, 2) + 'く';
  const last = clause.slice(-1);
  if (last === 'れ') return clause.slice(0, -1) + 'る'; // すれ→する, 入れれ→入れる, 取れ→取る
  return clause.slice(0, -1) + (E_TO_U[last] ?? last);
}

/** The stem before 〜ない to dictionary form: 提出し→提出する, 書か→書く, 決め→決める, 見→見る. */
function plainOfNegativeStem(stem: string): string {
  const u = A_TO_U[stem.slice(-1)];
  return u ? stem.slice(0, -1) + u : plainOfMasuStem(stem);
}

/** 「丁寧に書こうとする（姿勢）」→「丁寧に書く」: the attempt is the to-do. */
function plainOfTrying(clause: string): string {
  const m = /^(.+?)(?:う|よう)とする$/.exec(clause);
  if (!m) return clause;
  const stem = m[1]!;
  return clause.endsWith('ようとする') ? stem + 'る' : stem.slice(0, -1) + (O_TO_U[stem.slice(-1)] ?? stem.slice(-1));
}

const A_TO_U: Record<string, string> = { か: 'く', が: 'ぐ', さ: 'す', た: 'つ', な: 'ぬ', ま: 'む', ら: 'る', わ: 'う', ば: 'ぶ' };

/** 「靴は綺麗に磨かれているか？」→「靴を綺麗に磨く」: the passive stem back to the active dictionary form. */
function todoOfCheckQuestion(m: RegExpExecArray): string {
  const [, topic, manner, passive] = m as unknown as string[];
  const last = passive!.slice(-1);
  const verb = passive!.endsWith('ら') && !/[\u3400-\u9fff]ら$/.test(passive!) ? passive!.slice(0, -1) + 'る' : passive!.slice(0, -1) + (last === 'さ' && passive!.length > 2 ? 'する' : A_TO_U[last]);
  return `${topic}を${manner}${verb}`;
}

const A_TO_E: Record<string, string> = { ま: 'め', わ: 'え', が: 'げ', か: 'け', さ: 'せ', た: 'て' };

/**
 * Checklist questions about a state: 「髪型は整っているか」→「髪型を整える」 (intransitive 〜まる／わる／う／く
 * → transitive 〜める／える／ける), 「制服は汚れていないか」→「制服の汚れを確認する」 (the verb's stem names the flaw).
 */
function todoOfStateQuestion(core: string): string | null {
  const flaw = JA_TODO.flawQuestion.exec(core);
  if (flaw) {
    const [, topic, , stem] = flaw as unknown as string[];
    const noun = stem!.replace(/い$/, 'き').replace(/っ$/, 'り').replace(/ん$/, 'み');
    return JA_TODO.bareVerb.test(noun + 'る') || flaw[2] ? null : `${topic}の${noun}を確認する`;
  }
  const state = JA_TODO.stateQuestion.exec(core);
  if (!state) return null;
  const [, topic, manner, stem] = state as unknown as string[];
  const last2 = stem!.slice(-2);
  const verb = last2[1] === 'っ' && A_TO_E[last2[0]!] ? stem!.slice(0, -2) + A_TO_E[last2[0]!] : last2[1] === 'い' ? stem!.slice(0, -1) + 'け' : stem!.slice(0, -1) + 'え';
  return `${topic}を${manner}${verb}る`;
}

/** 「分析してみる」→「分析する」: trying is the to-do itself. */
function dropTryAux(text: string): string {
  const m = /^(.+?)([てで])みる$/.exec(text);
  return m ? plainOfTeStem(m[1]!, m[2] as 'て' | 'で') : text;
}

/** Ways of saying a to-do around its verb, read as the to-do itself: 〜ようにする, 〜ないように注意する, 〜のはやめる, 〜ことを意識する, 〜てしまう. */
function tidyPlain(plain: string): string {
  const done = JA_TODO.doneAux.exec(plain);
  const text = (done ? plainOfTeStem(done[1]!, done[2] as 'て' | 'で') : plain).replace(JA_TODO.trailingYouni, '').replace(JA_TODO.trailingCareNot, '');
  const quit = JA_TODO.quitAct.exec(text);
  return quit ? negativeOfPlain(quit[1]!) : (JA_TODO.mindFrame.exec(text)?.[1] ?? text);
}

/**
 * Drops clauses that give a reason or a contrast (「〜ので、」「〜ますが、」「〜ために、」) wherever they
 * sit before the predicate: the to-do is what is left (topic, conditions, object, verb).
 */
export function dropSideClausesJa(text: string): string {
  const clauses = text.replace(JA_TODO.purposeLabel, '$1、').split('、');
  if (clauses.length < 2) return text;
  const last = clauses.pop()!;
  let at = -1; // the 、 after each clause
  const side = clauses.map((c) => (at += c.length + 1) >= 0 && JA_TODO.sideClause.test(c) && !insideQuote(text, at));
  // Clauses chained into a dropped one (「遺言書が渡り、…が行われるためにも、」「集めるのは、困難なので、」) go with it.
  for (let i = side.length - 2; i >= 0; i--) if (side[i + 1] && !side[i] && JA_TODO.chainedClause.test(clauses[i]!)) side[i] = true;
  return [...clauses.filter((_, i) => !side[i]), last].join('、');
}

/** True when position `at` sits inside 「…」 or 『…』: a quotation is never cut. */
function insideQuote(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === '「' || ch === '『') depth++;
    else if ((ch === '」' || ch === '』') && depth > 0) depth--;
  }
  return depth > 0;
}

/** A to-do made short: no reader pronoun or hedge, wordy frames said shorter, cut when long (cutJa), and a past condition 〜た場合は said as 〜たら. */
export function shortenJa(text: string): string {
  const plainer = text.replace(JA_TODO.readerPronoun, '').replace(JA_TODO.hedge, '').replace(JA_TODO.wordyTopic, 'は').replace(JA_TODO.wordyTool, 'で');
  return cutJa(plainer).replace(JA_TODO.pastCase, '$1ら');
}

/** Cut a long to-do at a 、 so the predicate and its object stay (never between an object and its verb, nor after a quotation: 「はい」、「いいえ」と答える). */
function cutJa(text: string): string {
  if (text.length <= MAX_TODO_CHARS_JA) return text;
  const splitsPhrase = (cut: number): boolean =>
    JA_TODO.particleStart.test(text.slice(cut + 1)) || JA_TODO.objectComma.test(text.slice(0, cut)) || insideQuote(text, cut) || text[cut - 1] === '」';
  // A leading condition (「…してしまった場合は、」) says when the to-do applies: it stays, the middle goes.
  const first = text.indexOf('、');
  const condition = text.slice(0, first);
  if (JA_TODO.conditionClause.test(condition)) {
    let cut = text.lastIndexOf('、');
    while (cut > first && splitsPhrase(cut)) cut = text.lastIndexOf('、', cut - 1);
    if (cut > first && condition.length + text.length - cut <= MAX_TODO_CHARS_JA) return condition + text.slice(cut);
  }
  let cut = text.lastIndexOf('、');
  while (cut > 0 && (text.length - cut - 1 < MIN_TAIL_CHARS_JA || splitsPhrase(cut))) cut = text.lastIndexOf('、', cut - 1);
  return cut > 0 ? text.slice(cut + 1) : text;
}

/** 「面接は第一印象で決まる。笑顔で臨みましょう」 set as one heading: the last sentence asks. */
function lastSentence(text: string): string {
  const sentences = text.match(JA.sentence);
  if (!sentences || sentences.length < 2) return text;
  const last = sentences[sentences.length - 1]!.trim();
  return last.length >= MIN_TODO_CHARS_JA ? last : text;
}

/** A short label that stops on a verbal noun (「すれ違う人には必ず挨拶」) as a to-do (「…挨拶する」), or null. */
export function nounStopTodoJa(core: string): string | null {
  if (core.length > MAX_NOUN_STOP_CHARS_JA) return null;
  const m = JA_TODO.nounStopLabel.exec(core);
  return m && !JA_TODO.notVerbalNoun.test(m[1]!) ? core + 'する' : null;
}

/** 「あなた自身の行動に自信を持つ」 quoted whole: the brackets are emphasis, not part of the to-do. */
function unwrap(text: string): string {
  return text.replace(/^[「『](.+)[」』]$/, '$1').replace(/^[「『]([^」』]+)$/, '$1');
}

/** Strips numbering, connectives and softeners around a sentence's core. */
export function cleanJa(sentence: string): string {
  let s = sentence.trim().replace(JA_TODO.numbering, '');
  s = s.replace(JA_TODO.trailingAside, '').replace(JA_TODO.trailing, '');
  for (let i = 0; i < 2; i++) s = s.replace(JA_TODO.leadingConnective, '');
  return s.trim();
}

/** Plain clauses chained as steps on objects (「辞書を作り、…を明記し、…を図る」), up to MAX_STEP_CHAIN_CHARS_JA: a procedure, not a statement. */
export function isStepChainJa(core: string): boolean {
  return core.length <= MAX_STEP_CHAIN_CHARS_JA && JA_TODO.stepChain.test(core);
}

/** True for sentences that talk about the article or sell something: never to-dos. */
export function isNoiseJa(sentence: string): boolean {
  return JA_TODO.meta.test(sentence) || JA_TODO.askingReader.test(sentence) || (sentence.length <= MAX_CTA_CHARS_JA && isCallToActionJa(sentence) && !JA_TODO.prohibition.test(sentence));
}

/** An ad or a call to act on the site (a short sentence): a CTA word, or a site act (登録, シェア…) about the site. */
function isCallToActionJa(sentence: string): boolean {
  return JA_TODO.callToAction.test(sentence) || (JA_TODO.siteAct.test(sentence) && JA_TODO.siteObject.test(sentence));
}

/** The to-do a Japanese sentence asks for, in dictionary form, or null when it asks nothing. */
export function todoOfSentenceJa(sentence: string): JaTodo | null {
  const raw = sentence.trim().replace(/\n/g, ''); // a quotation then <br>という… is one sentence
  if (raw.length > MAX_SENTENCE_CHARS_JA || JA_TODO.badExample.test(raw)) return null;
  const asked = cleanJa(raw);
  if (asked.endsWith('か')) {
    const check = JA_TODO.checkQuestion.exec(asked);
    if (check) return { text: todoOfCheckQuestion(check), rule: 'a checklist question (「〜は磨かれているか？」)' };
    const state = todoOfStateQuestion(asked);
    if (state) return { text: state, rule: 'a checklist question (「〜は整っているか？」「〜は汚れていないか？」)' };
    const act = JA_TODO.actQuestion.exec(asked);
    const done = act && (act[2] ? pastToPlain(act[1]! + act[2]) : plainOfTeStem(act[1]!, act[3] as 'て' | 'で'));
    if (done && done.length >= MIN_TODO_CHARS_JA && !JA_TODO.bareVerb.test(done) && !JA_TODO.authorAct.test(done)) return { text: done, rule: 'a checklist question (「〜を用意したか？」)' };
  }
  const suggested = /いかが|どう/.test(raw) ? JA_TODO.suggestion.exec(asked) : null;
  if (suggested && !isNoiseJa(raw)) {
    const text = cleanJa(shortenJa(dropSideClausesJa(suggested[2] ? plainOfTeStem(suggested[1]!, suggested[2] as 'て' | 'で') : suggested[1]!)));
    if (text.length >= MIN_TODO_CHARS_JA && !JA_TODO.bareVerb.test(text) && !JA_TODO.demonstrativeLead.test(text)) return { text, rule: '「〜してみてはいかがでしょうか」' };
  }
  if (JA_TODO.question.test(raw.replace(/[。！!]+$/, '')) || isNoiseJa(raw) || JA_TODO.quotedSpeech.test(raw)) return null;
  const core = cleanJa(lastSentence(raw));
  if (JA_TODO.conjecture.test(core) || JA_TODO.authorAct.test(core) || JA_TODO.anaphoricTopic.test(core)) return null;
  for (const [name, re, toPlain, plainStyle] of RULES) {
    const m = core.match(re);
    if (!m) continue;
    const plain = tidyPlain(dropTryAux(toPlain(m).trim()));
    if (plainStyle && JA.statementEnding.test(plain)) return null;
    const text = unwrap(cleanJa(shortenJa(dropSideClausesJa(plain))).replace(/^[、,]+/, ''));
    if (text.length < MIN_TODO_CHARS_JA || JA_TODO.bareVerb.test(text) || JA_TODO.demonstrativeLead.test(text)) return null;
    return { text, rule: name };
  }
  const led = JA_TODO.directiveLead.exec(raw)?.[1];
  if (led && led.length <= MAX_PLAIN_LEAD_CHARS_JA && !JA.statementEnding.test(led)) return { text: led, rule: 'a plain-style sentence after だから／そんな時は／〜たら、' };
  const norm = JA_TODO.normLead.exec(raw)?.[1];
  if (norm && norm.length <= MAX_PLAIN_LEAD_CHARS_JA && !JA.statementEnding.test(norm)) return { text: norm, rule: 'a plain-style norm after 目安として／原則として' };
  return null;
}

/**
 * A sentence holding two to-dos, the second with a topic of its own (「訴訟は弁護士に任せ、あなたは生活の
 * 安定に注力してください」): both, in order, or null. Only a change of topic splits: 「AをしてBをする」 is one step.
 */
export function pairOfSentenceJa(sentence: string): [JaTodo, JaTodo] | null {
  if (sentence.length > MAX_SENTENCE_CHARS_JA) return null;
  const core = cleanJa(sentence.trim().replace(/\n/g, ''));
  const clauses = core.split('、');
  for (let i = 0; i < clauses.length - 1; i++) {
    const before = clauses.slice(0, i + 1).join('、');
    if (!JA_TODO.continuativeClause.test(clauses[i]!) || !JA_TODO.newTopic.test(clauses[i + 1]!) || insideQuote(core, before.length)) continue;
    const second = todoOfSentenceJa(clauses.slice(i + 1).join('、'));
    const first = cleanJa(shortenJa(dropSideClausesJa(plainOfMasuStem(before))));
    if (!second || first.length < MIN_TODO_CHARS_JA || JA_TODO.bareVerb.test(first) || JA_TODO.demonstrativeLead.test(first)) return null;
    return [{ text: first, rule: 'the first of two steps in one sentence (「〜し、…は〜してください」)' }, second];
  }
  return null;
}

