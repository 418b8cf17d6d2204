import { formatCount, plural } from '../i18n/format-count';
import { followTable } from '../i18n/current-locale';
import type { Localized } from '../i18n/locale';
import type { ReasonStrings } from '../reason-text';

// What "Why was this captured?" shows once opened — the detector's reasons (core/reason.ts codes),
// how the article arrived, the analysis time — in each language (how to add one:
// lib/i18n/current-locale.ts). The whole module loads only when that view is first opened
// (components/WhyCapturedBody.tsx): the popup's bundle has a size budget (tests/size-budget.test.ts).
// Reason values arrive as stored text; numbers are formatted in the interface language.

/** 3.14 → 3.1, 42.7 → 43: a tenth of a millisecond only where it means something. */
const formatMs = (n: number) => formatCount(n < 10 ? Math.round(n * 10) / 10 : Math.round(n));

/** A stored number in the interface language ("1234" → "1,234"); anything else as stored. */
function num(value: string): string {
  const text = String(value);
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? formatCount(n) : text;
}

/** A stored list of words ("list,heading"), each through `names` (unknown words as stored). */
function words(value: string, names: Record<string, string>, separator: string): string {
  return String(value).split(',').filter(Boolean).map((w) => (Object.hasOwn(names, w) ? names[w] : w)).join(separator);
}

/** "3 things", from a stored value; a value that is not a number is shown as stored. */
const many = (n: string, one: string, other: string) =>
  String(n).trim() !== '' && Number.isFinite(Number(n)) ? plural(Number(n), one, other) : `${n} ${other}`;

/** An item kind as the reasons name it. */
const KINDS_EN: Record<string, string> = { list: 'list items', heading: 'headings', sentence: 'sentences' };
/** How the main content was found (core/main-root.ts), in words. */
const MAIN_EN: Record<string, string> = {
  'itemprop=articleBody': 'its articleBody markup',
  'article body class': 'an article-body class',
  article: 'the article element',
  'role=main': 'role=main',
  main: 'the main element',
  'main id': 'a main id',
  body: 'the whole page',
  'article around a short body': 'the article around a short body',
};

const en = {
  noReasons: 'No reasons were recorded for this page.',
  analysedIn: (n: number) => `Analysed in ${formatMs(n)} ms.`,
  viaAuto: 'Saved automatically while you read it.',
  viaManual: 'Saved when you pressed “Capture this page”.',
  viaSelection: 'Saved from text you selected.',
  reasons: {
    noBody: () => 'The page has no body.',
    notLang: () => 'The page is neither Japanese nor English.',
    noMarkers: () => 'No advice phrases in the main text.',
    howTo: () => 'Its structured data declares step-by-step instructions (HowTo).',
    title: (headline) => `The title or headline reads like advice (“${headline}”).`,
    markers: (n, chars) => `${many(n, 'advice phrase', 'advice phrases')} in the first ${num(chars)} characters of the main text.`,
    items: (n, kinds) => `${many(n, 'thing', 'things')} to do found (${words(kinds, KINDS_EN, ', ') || 'none'}).`,
    phrasing: (perK) => `Advice phrasing throughout (${num(perK)} per 1,000 characters).`,
    product: (n) => `Reads like a product page (${many(n, 'call-to-action link', 'call-to-action links')}).`,
    firstPerson: (perK) => `The writer talks about themselves (${num(perK)} first-person words per 1,000 characters).`,
    points: (got, needed) => `Scored ${num(got)} points; an advice article needs ${num(needed)}.`,
    main: (how) => `Main content found via ${words(how, MAIN_EN, ',')}.`,
    career: (inTitle, inText, perK) => `${many(inTitle, 'work word', 'work words')} in the title, ${num(inText)} in the text (${num(perK)} per 1,000 characters).`,
    notAdvice: () => 'Not an advice article:',
    firstLookNo: () => 'Not advice at first look.',
    onRequest: () => 'Items taken because you asked.',
    stopped: (message) => `The analysis stopped: ${message}`,
    selected: () => 'You selected this text.',
  } satisfies ReasonStrings as ReasonStrings,
};

const KINDS_JA: Record<string, string> = { list: '箇条書き', heading: '見出し', sentence: '文' };
const MAIN_JA: Record<string, string> = {
  'itemprop=articleBody': 'articleBody の指定',
  'article body class': '記事本文のクラス',
  article: 'article 要素',
  'role=main': 'role=main の指定',
  main: 'main 要素',
  'main id': 'main の id',
  body: 'ページ全体',
  'article around a short body': '短い本文を囲む article 要素',
};

const ja: typeof en = {
  noReasons: 'このページの判定理由は記録されていません。',
  analysedIn: (n) => `解析時間 ${formatMs(n)} ミリ秒。`,
  viaAuto: '閲覧中に自動で保存しました。',
  viaManual: '「このページを取り込む」を押したときに保存しました。',
  viaSelection: '選択したテキストから保存しました。',
  reasons: {
    noBody: () => 'ページに本文がありません。',
    notLang: () => 'ページは日本語でも英語でもありません。',
    noMarkers: () => '本文に助言の言い回しがありません。',
    howTo: () => '構造化データが手順（HowTo）を宣言しています。',
    title: (headline) => `タイトルまたは見出しが助言らしい（「${headline}」）。`,
    markers: (n, chars) => `本文の最初の ${num(chars)} 文字に助言の言い回しが ${num(n)} 個。`,
    items: (n, kinds) => `すること ${num(n)} 件（${words(kinds, KINDS_JA, '、') || 'なし'}）。`,
    phrasing: (perK) => `全体に助言の言い回し（1,000 文字あたり ${num(perK)} 個）。`,
    product: (n) => `商品ページのようです（行動を促すリンク ${num(n)} 個）。`,
    firstPerson: (perK) => `筆者が自分のことを語っています（1,000 文字あたり一人称 ${num(perK)} 語）。`,
    points: (got, needed) => `${num(got)} 点（助言記事には ${num(needed)} 点が必要）。`,
    main: (how) => `本文の見つけ方: ${words(how, MAIN_JA, ',')}。`,
    career: (inTitle, inText, perK) => `仕事の語がタイトルに ${num(inTitle)} 個、本文に ${num(inText)} 個（1,000 文字あたり ${num(perK)} 個）。`,
    notAdvice: () => '助言記事ではありません:',
    firstLookNo: () => '最初の判定では助言記事ではありません。',
    onRequest: () => '求めに応じて項目を取り出しました。',
    stopped: (message) => `解析が止まりました: ${message}`,
    selected: () => '選択したテキストです。',
  },
};

export const WHY_TABLE: Localized<typeof en> = { en, ja };
/** The strings in the current language (a live binding: setLocale() switches it). */
export let WHY = en;
followTable(WHY_TABLE, (table) => {
  WHY = table;
});
