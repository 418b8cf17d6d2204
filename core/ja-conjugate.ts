/**
 * Turns polite and te-forms back into the dictionary form a to-do reads in, by rule
 * (no dictionary: kuromoji's is ~18 MB). 「分析し」→分析する, 「残し」→残す, 「決め」→決める,
 * 「保ち」→保つ. The real ambiguity (kami-ichidan verbs such as 起き, 借り) is a short stem list.
 */

// i-row stems that are ichidan (add る) rather than godan (shift to u-row).
const ICHIDAN_I_STEMS = [
  '起き', '生き', '過ぎ', '尽き', '飽き', '落ち', '満ち', '浴び', '延び', '伸び', '帯び', '借り', '降り',
  '下り', '足り', '懲り', '試み', '用い', '率い', '報い', '顧み', '省み', 'でき', '出来', '見', '居', '着',
  '似', '煮', '干', '射', '鋳', '老い', 'てい', 'でい', 'てみ', 'でみ',
].sort((a, b) => b.length - a.length);

// Two-kanji stems + し that are godan す verbs, not noun + する (目指し→目指す, 見直し→見直す).
const SU_COMPOUND_STEMS = ['目指', '見直', '手放', '見逃', '見渡', '見通', '見越', '見出', '手渡', '引越', '繰返', '問直'];

const KANA_BEFORE_SU = 'かがさたばまやらわこごと';
const I_TO_U: Record<string, string> = { い: 'う', き: 'く', ぎ: 'ぐ', し: 'す', ち: 'つ', に: 'ぬ', び: 'ぶ', み: 'む', り: 'る' };
const E_ROW = 'えけげせぜてでねへべめれ';
const KANJI_RE = /[\u3400-\u9fff々]/;
const NOUN_CHAR_RE = /[\u3400-\u9fff々\u30a0-\u30ffA-Za-z0-9ー]/;

function isKanji(ch: string | undefined): boolean {
  return !!ch && KANJI_RE.test(ch);
}

/** 「…し」: noun+する after a kanji compound, katakana or particle; godan す after one kanji. */
function plainOfShi(stem: string): string {
  const head = stem.slice(0, -1);
  const prev = head.slice(-1);
  const prev2 = head.slice(-2, -1);
  if (SU_COMPOUND_STEMS.some((s) => head.endsWith(s))) return head + 'す';
  if (!prev) return 'する';
  if (isKanji(prev) && !isKanji(prev2) && !NOUN_CHAR_RE.test(prev2 || 'あ')) return head + 'す';
  // 伸ばし→伸ばす, 減らし→減らす, 増やし→増やす, 過ごし→過ごす, 落とし→落とす, 起こし→起こす: an a-row (or こ／ご／と)
  // kana after a kanji is a godan す verb's stem (not く: 早くし is 早く＋する).
  if (KANA_BEFORE_SU.includes(prev) && isKanji(prev2)) return head + 'す';
  return head + 'する';
}

/** Masu-stem (the part before ます/ましょう) to dictionary form. */
export function plainOfMasuStem(stem: string): string {
  if (!stem) return stem;
  const last = stem.slice(-1);
  if (last === 'し') return plainOfShi(stem);
  if (ICHIDAN_I_STEMS.some((s) => stem.endsWith(s))) return stem + 'る';
  if (E_ROW.includes(last) || last === 'じ') return stem + 'る';
  const u = I_TO_U[last];
  if (u) return stem.slice(0, -1) + u;
  if (isKanji(last)) return stem + 'る'; // 見ましょう, 寝ましょう, 出ましょう
  return stem;
}

// Kanji before って whose verb ends in つ / う (持って→持つ, 使って→使う); others read as る.
const TSU_KANJI = '持保待立勝打育経断';
const U_KANJI = '使払言従伺買会合思笑習拾洗伝救補行願扱歌戦争迷誘失貰問向吸追養通';
// Kanji before んで whose verb ends in ぶ (選んで→選ぶ); others read as む.
const BU_KANJI = '選学遊結呼運並喜叫飛及';

/** Te-form (without its て/で) to dictionary form: 「分析し」+て→分析する, 「取っ」+て→取る. */
export function plainOfTeStem(stem: string, te: 'て' | 'で'): string {
  const last = stem.slice(-1);
  const head = stem.slice(0, -1);
  const prev = head.slice(-1);
  // 「病院に行って」 goes (行く); 「対応を行って」 conducts (行う).
  if (te === 'て' && last === 'っ' && prev === '行' && /[にへ]$/.test(head.slice(0, -1))) return head + 'く';
  if (te === 'て' && last === 'っ') return head + (TSU_KANJI.includes(prev) ? 'つ' : U_KANJI.includes(prev) || head.endsWith('向か') ? 'う' : 'る');
  if (te === 'で' && last === 'ん') return head + (BU_KANJI.includes(prev) ? 'ぶ' : 'む');
  if (te === 'て' && last === 'い' && prev && !ICHIDAN_I_STEMS.some((s) => stem.endsWith(s))) return head + 'く';
  if (te === 'で' && last === 'い') return head + 'ぐ';
  return plainOfMasuStem(stem);
}

/** Plain negative of a te-stem prohibition is not attempted: 〜ないで → 〜ない. */
export function plainOfNaide(stem: string): string {
  return stem.endsWith('な') ? stem + 'い' : stem;
}

const U_TO_A: Record<string, string> = { う: 'わ', く: 'か', ぐ: 'が', す: 'さ', つ: 'た', ぬ: 'な', ぶ: 'ば', む: 'ま', る: 'ら' };

/**
 * Dictionary form to plain negative, for prohibitions (「使ってはならない」→使わない):
 * する→しない, e-row/ichidan stems + る→ない, godan u-row → a-row + ない.
 */
export function negativeOfPlain(plain: string): string {
  if (plain.endsWith('する')) return plain.slice(0, -2) + 'しない';
  if (plain.endsWith('来る')) return plain.slice(0, -1) + 'ない';
  const last = plain.slice(-1);
  const stem = plain.slice(0, -1);
  if (last === 'る' && (E_ROW.includes(stem.slice(-1)) || ICHIDAN_I_STEMS.some((s) => stem.endsWith(s)))) return stem + 'ない';
  const a = U_TO_A[last];
  return a ? stem + a + 'ない' : plain;
}
