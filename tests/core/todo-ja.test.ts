import { describe, expect, it } from 'vitest';
import { negativeOfPlain, plainOfMasuStem, plainOfTeStem } from '../../core/ja-conjugate';
import { todoOfSentenceJa } from '../../core/todo-ja';
import { todoOfHeading } from '../../core/todo-heading';
import { analyzePage } from '../../core/index';
import { fixtureDoc } from './fixture';

describe('masu stem → dictionary form', () => {
  it.each([
    ['分析し', '分析する'], ['残し', '残す'], ['決め', '決める'], ['保ち', '保つ'], ['養い', '養う'],
    ['磨き', '磨く'], ['選び', '選ぶ'], ['積み', '積む'], ['取り', '取る'], ['起き', '起きる'],
    ['借り', '借りる'], ['感じ', '感じる'], ['目指し', '目指す'], ['チェックし', 'チェックする'], ['見', '見る'],
    ['し', 'する'], ['大切にし', '大切にする'],
  ])('%s → %s', (stem, plain) => expect(plainOfMasuStem(stem)).toBe(plain));
});

describe('te-form → dictionary form', () => {
  it.each([
    ['分析し', 'て', '分析する'], ['考え', 'て', '考える'], ['取っ', 'て', '取る'], ['持っ', 'て', '持つ'],
    ['使っ', 'て', '使う'], ['読ん', 'で', '読む'], ['選ん', 'で', '選ぶ'], ['書い', 'て', '書く'], ['急い', 'で', '急ぐ'],
  ] as const)('%s%s → %s', (stem, te, plain) => expect(plainOfTeStem(stem, te)).toBe(plain));
});

describe('dictionary form → plain negative (prohibitions)', () => {
  it.each([
    ['使う', '使わない'], ['報告する', '報告しない'], ['書く', '書かない'], ['見る', '見ない'], ['決める', '決めない'], ['取る', '取らない'],
  ])('%s → %s', (plain, negative) => expect(negativeOfPlain(plain)).toBe(negative));
});

describe('Japanese sentences that ask for something', () => {
  it.each([
    ['まず、自身の強みと弱みを分析してみましょう。', '自身の強みと弱みを分析する'],
    ['次に、キャリアパスについて考えましょう。', 'キャリアパスについて考える'],
    ['また、メンターや相談相手を見つけることも重要です。', 'メンターや相談相手を見つける'],
    ['相手の目を見てゆっくり話してください。', '相手の目を見てゆっくり話す'],
    ['一言声を発そう。', '一言声を発す'],
    ['会議に出席した以上、返事くらいしよう。', '会議に出席した以上、返事くらいする'],
    ['先輩に聞くほうがいいでしょう。', '先輩に聞く'],
    ['書類はすぐに提出する必要があります。', '書類はすぐに提出する'],
    ['重要なのは、「あなた自身の行動に自信を持つ」ことです。', 'あなた自身の行動に自信を持つ'],
    ['遺言書の作成は弁護士にご相談ください。', '遺言書の作成は弁護士に相談する'],
    ['鉛筆で下書きをしてみることをお勧めします。', '鉛筆で下書きをする'],
    // まずは is one connective, not まず + a stray は.
    ['まずは、会議の議事録を読みましょう。', '会議の議事録を読む'],
    // Reason and contrast clauses drop out wherever they sit; topic and object stay.
    ['面倒に感じるかもしれませんが、会議のメモは必ず残しましょう。', '会議のメモは必ず残す'],
    ['古い資料は、後で探せなくなることがあるので、共有フォルダに保存しておきましょう。', '古い資料は、共有フォルダに保存しておく'],
    // A 、 after an object (「…を、」) is not a place to cut.
    ['異動が決まっているのであれば、新しい部署で必要な知識を身につけることを、何よりも先に考えて行動してください。', '新しい部署で必要な知識を身につけることを、何よりも先に考えて行動する'],
    // Prohibitions become the plain negative.
    ['会議中にスマートフォンを使ってはいけません。', '会議中にスマートフォンを使わない'],
    ['曖昧な言葉を使ってはならない。', '曖昧な言葉を使わない'],
    // Plain-style (である調) prescriptions.
    ['毎朝、その日の予定を上司に伝えるようにする。', '毎朝、その日の予定を上司に伝える'],
    ['どんな時も、作業の記録を取っておく。', 'どんな時も、作業の記録を取っておく'],
    ['同じ言葉を別の意味で使わないこと。', '同じ言葉を別の意味で使わない'],
    ['先輩に相談するのもいいでしょう。', '先輩に相談する'],
    // Two sentences set as one heading: the last one asks.
    ['第一印象は大切だ。明るい声で挨拶しましょう。', '明るい声で挨拶する'],
    // A quoted question inside the sentence does not end it, and a quotation is never cut.
    ['「この進め方でよいですか？」と上司に確認しましょう。', '「この進め方でよいですか？」と上司に確認する'],
  ])('%s → %s', (sentence, text) => expect(todoOfSentenceJa(sentence)?.text).toBe(text));

  it.each([
    ['それぞれ詳しく見ていきましょう。', 'meta'],
    ['参考にしてください。', 'meta'],
    ['この記事では転職の方法を紹介します。', 'meta'],
    ['今すぐLINEで無料相談しましょう!', 'call to action'],
    ['こちらから登録してください。', 'call to action'],
    ['正直に報告するのは悪い事でしょうか?', 'question'],
    ['これではさすがに国民が反発するであろう。', 'conjecture'],
    ['鎮火しないだろう。', 'conjecture'],
    ['電話を途中で切られました。', 'report'],
    ['これは興味深い事例といえよう。', 'conjecture'],
    ['なお、私はこの件に一切関与していないことを付記しておく。', 'the writer’s own act'],
    ['「会議では誰も発言してはいけない。」', 'quoted speech'],
    ['問題はそこにあるということ。', 'statement'],
    ['参考にしてください。', 'meta'],
    ['学生時代に頑張ったことについて教えてください。', 'asks the reader for information'],
  ])('%s is not a to-do (%s)', (sentence) => expect(todoOfSentenceJa(sentence)).toBeNull());
});

describe('Japanese headings and labels', () => {
  it.each([
    ['1. 毎日の業務を記録する', '毎日の業務を記録する'],
    ['会議で無言を貫かない', '会議で無言を貫かない'],
    ['生前に遺言書の作成を', '生前に遺言書の作成をする'],
    ['規則性をもたせる (例を見る)', '規則性をもたせる'],
    ['参考にした資料の出典を書く', '参考にした資料の出典を書く'],
    // Noun-stop labels: a verbal noun after a particle or adverb is an action.
    ['すれ違う人には必ず挨拶', 'すれ違う人には必ず挨拶する'],
    ['背筋を伸ばして着席', '背筋を伸ばして着席する'],
  ])('%s → %s', (heading, text) => expect(todoOfHeading(heading, 'ja')?.text).toBe(text));

  it.each(['■新人研修 面接のコツ', '上司への報告は重要', '手帳には予定が必要', 'まとめ', 'ログを取るべき理由はここにある', '工場出荷時のパスワードが識別符号に当たらないことが理解されていない', '電話を切られた後の適切な対応'])(
    '%s is not a to-do',
    (heading) => expect(todoOfHeading(heading, 'ja')).toBeNull(),
  );
});

describe('a tip page whose headings wrap their text in <p> (「<h4><p>…</p></h4>」)', () => {
  const items = analyzePage(fixtureDoc('ja-tips-wrapped-headings.html'), 'https://example.jp/tips/meeting').items;
  const texts = items.map((i) => i.text);

  it('reads each wrapped heading as a heading to-do', () => {
    expect(texts).toEqual(expect.arrayContaining(['議題を前日までに確認する', '発言の要点をメモしておく', '会議の後は上司に報告する']));
    expect(items.find((i) => i.text === '議題を前日までに確認する')).toMatchObject({ kind: 'heading' });
  });

  it('drops the 〜ましょう sentences that restate a heading tip, keeps those in other sections', () => {
    expect(texts.some((t) => t.includes('箇条書き') || t.includes('目を通し') || t.includes('担当'))).toBe(false);
    expect(texts).toContain('上司や先輩の話し方をよく観察しておく');
  });
});
