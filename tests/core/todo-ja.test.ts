import { describe, expect, it } from 'vitest';
import { negativeOfPlain, plainOfMasuStem, plainOfTeStem } from '../../core/ja-conjugate';
import { pairOfSentenceJa, todoOfSentenceJa } from '../../core/todo-ja';
import { todoOfHeading } from '../../core/todo-heading';
import { analyzePage } from '../../core/index';
import { splitSentences } from '../../core/sentences';
import { dedupe } from '../../core/dedupe';
import type { Candidate } from '../../core/extract-items';
import { fixtureDoc } from './fixture';
import { parsePage } from '../../scripts/load-page';

describe('masu stem → dictionary form', () => {
  it.each([
    ['分析し', '分析する'], ['残し', '残す'], ['決め', '決める'], ['保ち', '保つ'], ['養い', '養う'],
    ['磨き', '磨く'], ['選び', '選ぶ'], ['積み', '積む'], ['取り', '取る'], ['起き', '起きる'],
    ['借り', '借りる'], ['感じ', '感じる'], ['目指し', '目指す'], ['チェックし', 'チェックする'], ['見', '見る'],
    ['し', 'する'], ['大切にし', '大切にする'],
    ['伸ばし', '伸ばす'], ['減らし', '減らす'], ['増やし', '増やす'], ['活かし', '活かす'], ['ゆっくりし', 'ゆっくりする'], ['仲良くし', '仲良くする'],
    ['過ごし', '過ごす'], ['落とし', '落とす'], ['起こし', '起こす'], ['見落とし', '見落とす'], ['早くし', '早くする'], ['きちんとし', 'きちんとする'],
  ])('%s → %s', (stem, plain) => expect(plainOfMasuStem(stem)).toBe(plain));
});

describe('te-form → dictionary form', () => {
  it.each([
    ['分析し', 'て', '分析する'], ['考え', 'て', '考える'], ['取っ', 'て', '取る'], ['持っ', 'て', '持つ'],
    ['使っ', 'て', '使う'], ['読ん', 'で', '読む'], ['病院に行っ', 'て', '病院に行く'], ['対応を行っ', 'て', '対応を行う'], ['選ん', 'で', '選ぶ'], ['書い', 'て', '書く'], ['急い', 'で', '急ぐ'], ['机に向かっ', 'て', '机に向かう'], ['資料を作っ', 'て', '資料を作る'],
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
    // A reason clause inside a quotation is part of the quotation.
    ['「私は来週で考えていますが、よろしいですか？」と相談しましょう。', '「私は来週で考えていますが、よろしいですか？」と相談する'],
    // 〜てもいいし、 is a side clause; a hedged 〜と良いかもしれません still recommends.
    ['長くなってもいいし、同じ言葉を繰り返すことを優先しましょう。', '同じ言葉を繰り返すことを優先する'],
    ['緊張する人は模擬面接をしておくと良いかもしれません。', '緊張する人は模擬面接をしておく'],
    // Plain-style prescriptions after a lead (だから, そんな時は) or a condition clause (〜たら、).
    ['だからまず調べる。', 'まず調べる'],
    ['そんな時は潔く周りに質問する。', '潔く周りに質問する'],
    ['いずれにしても、資料が見つからなかったら、先輩に聞くのだ。', '資料が見つからなかったら、先輩に聞く'],
    // A step named by the benefit it brings (〜ことで／〜すれば／〜しておくと、〜やすくなる／できる).
    ['議事録に先に目を通しておくことで、会議の流れをつかみやすくなります。', '議事録に先に目を通しておく'],
    ['作業メモを共有フォルダに入れれば、後から誰でも確認できます。', '作業メモを共有フォルダに入れる'],
    ['質問を紙に書き出しておくと、当日あわてずに答えることができるはずです。', '質問を紙に書き出しておく'],
    // A prohibition is never a call to action, even when it names one (タップ, 登録).
    ['知らない差出人のリンクをタップしないでください。', '知らない差出人のリンクをタップしない'],
    // A long to-do is not cut after a quotation (「はい」、「いいえ」と答える).
    ['入室したら、採用担当者の目を見て「おはようございます」、「本日はよろしくお願いします」と挨拶しましょう。', '入室したら、採用担当者の目を見て「おはようございます」、「本日はよろしくお願いします」と挨拶する'],
    // A long to-do keeps its leading condition; the middle clauses go.
    ['パスワードを他人に教えてしまった場合は、被害が広がるのを防ぐため、すぐに管理者へ連絡して状況を正確に伝えたうえで、新しいパスワードに変更してください。', 'パスワードを他人に教えてしまったら、新しいパスワードに変更する'],
    // Framed advice: 「コツは〜ことです」「大切なのは〜しようとする姿勢です」.
    ['コツは必ず結論から話すことです。', '結論から話す'],
    ['大切なのは相手の話を遮らずに聞こうとする姿勢です。', '相手の話を遮らずに聞く'],
    // 〜には注意が必要です: something to watch for.
    ['添付ファイルの宛先には、十分な注意が必要です。', '添付ファイルの宛先に注意する'],
    // A thing recommended is a thing to choose.
    ['封筒は白の角形2号がおすすめです。', '封筒は白の角形2号を選ぶ'],
    // An adverbial noun + の + verbal noun recommended: 「早めの準備」→「早めに準備する」.
    ['締め切りが重なる時期なので、事前の確認をお勧めします。', '事前に確認する'],
    // 〜ばいい／〜と便利: the conditional form back to the dictionary form.
    ['分からなければ先輩に聞けばいいでしょう。', '分からなければ先輩に聞く'],
    ['予定は手帳に書いておくと便利です。', '予定は手帳に書いておく'],
    // Obligations and suggestions phrased as questions.
    ['企画書は明日までに書かなければいけません。', '企画書は明日までに書く'],
    ['週報は金曜日までに提出しなければなりません。', '週報は金曜日までに提出する'],
    ['転職エージェントに相談してみてはいかがでしょうか。', '転職エージェントに相談する'],
    ['気になる企業の説明会に参加するのはどうでしょうか？', '気になる企業の説明会に参加する'],
    // Importance stated with a scope between (「〜ことも、…においては非常に大切です」) or as 〜のは大切なこと.
    ['一人で悩まず、先輩に相談することも、新人にとっては非常に大切です。', '一人で悩まず、先輩に相談する'],
    ['会議の前に議題を確認しておくのは大切なこと。', '会議の前に議題を確認しておく'],
    // A to-do that explains something (説明し) is not the writer's meta sentence; 〜をおすすめいたします recommends.
    ['遅れた理由を正直に説明し、次の対策を伝えることが重要です。', '遅れた理由を正直に説明し、次の対策を伝える'],
    ['契約書の内容は、事前に専門家に確認してもらうことをおすすめいたします。', '契約書の内容は、事前に専門家に確認してもらう'],
    // Clauses chained into a dropped reason clause go with it.
    ['古いデータは後から集めるのは、とても手間がかかりますので、毎日記録しておくことを心がけてください。', '毎日記録しておく'],
    // More ways to recommend: 〜が求められます, 〜のが無難／一番, 〜のがいい, 〜しなさい, 〜してほしい, 〜ておきたいところです.
    ['社会人には自分で考えて行動することが求められます。', '社会人には自分で考えて行動する'],
    ['迷ったら上司に聞いておくのが無難です。', '迷ったら上司に聞いておく'],
    ['分からないことは先輩に聞くのが一番です。', '分からないことは先輩に聞く'],
    ['資料は前日までに印刷するのがいいでしょう。', '資料は前日までに印刷する'],
    ['必ず期限を確認しなさい。', '必ず期限を確認する'],
    ['会議に遅れてから連絡するのはNGです。', '会議に遅れてから連絡しない'],
    ['面接で前の会社の悪口を言うのは厳禁です。', '面接で前の会社の悪口を言わない'],
    ['新人のうちはどんどん質問してほしいと思います。', '新人のうちはどんどん質問する'],
    ['面接前には企業のホームページを見ておきたいところです。', '面接前には企業のホームページを見ておく'],
    // A past condition 〜た場合は reads as 〜たら (same meaning, shorter).
    ['書類をなくした場合は、すぐに総務へ届け出ましょう。', '書類をなくしたら、すぐに総務へ届け出る'],
    ['締め切りに遅れそうな場合は、早めに上司に伝えましょう。', '締め切りに遅れそうな場合は、早めに上司に伝える'],
    // Manners and "one way to do it" recommend; so do 〜と効果的／確実.
    ['取引先への返信は、その日のうちに送るのがマナーです。', '取引先への返信は、その日のうちに送る'],
    ['給料に不満がある場合は、転職エージェントに相談するのも一つの方法です。', '給料に不満がある場合は、転職エージェントに相談する'],
    ['志望動機は数字を交えて話すと効果的です。', '志望動機は数字を交えて話す'],
    // 自己PR is a job-hunting word, not an advertisement (【PR】).
    ['自己PRは一分で話せるように準備しましょう。', '自己PRは一分で話せるように準備する'],
    // 最後まで is a call to read on only with 読む／ご覧.
    ['部下の話は最後まで聞くことを意識しましょう。', '部下の話は最後まで聞く'],
    // Hortatives of verbs with two kana of okurigana.
    ['早めに行動を起こそう！', '早めに行動を起こす'],
    ['無駄な会議を減らそう。', '無駄な会議を減らす'],
    ['休日は趣味を楽しもう。', '休日は趣味を楽しむ'],
    ['休日はゆっくり過ごそう。', '休日はゆっくり過ごす'],
    // Quitting or avoiding an act is not doing it; 〜ないように注意する is the negative itself.
    ['会議中に私語をするのはやめましょう。', '会議中に私語をしない'],
    ['上司の前で愚痴を言うのは控えましょう。', '上司の前で愚痴を言わない'],
    ['感情的にならないように気をつけましょう。', '感情的にならない'],
    // The reader and hedges drop out: a to-do is always the reader's, and the act is the to-do.
    ['あなたは、あなたなりの言葉で志望動機を話しましょう。', '言葉で志望動機を話す'],
    ['あなたが担当した案件の成果を数字で伝えましょう。', '担当した案件の成果を数字で伝える'],
    ['会議の議事録はなるべく当日中に共有しましょう。', '会議の議事録は当日中に共有する'],
    // A plain-style norm after 目安として／原則として, a concession (〜がどうであれ) allowed before its verb.
    ['原則として、顧客への返信は当日中に行う。', '顧客への返信は当日中に行う'],
    ['目安としては毎週金曜に、結果がどうであれ上司へ共有する。', '毎週金曜に、結果がどうであれ上司へ共有する'],
    // The way to a goal (〜には、〜ことです); a purpose clause 〜するには、 is not part of the to-do.
    ['信頼を得るには、約束の期限を守ることです。', '約束の期限を守る'],
    ['会議を短くするには、議題を事前に配っておきましょう。', '議題を事前に配っておく'],
    // More ways to oblige or recommend: 〜べし, 〜のが理想, 〜が欠かせません, and the clipped 〜を忘れずに.
    ['疑問点はその日のうちに解消すべし。', '疑問点はその日のうちに解消する'],
    ['議事録は会議の当日に送るのが理想です。', '議事録は会議の当日に送る'],
    ['引き継ぎには事前の確認が欠かせません。', '引き継ぎには事前に確認する'],
    ['お礼のメールを忘れずに。', 'お礼のメールを忘れない'],
    ['今日から日報を書きましょう。', '今日から日報を書く'],
    ['NGワードを使わないようにしましょう。', 'NGワードを使わない'],
    // Wordy frames said shorter: 〜に関しては → 〜は, 〜を使って → 〜で (not 使ってみる).
    ['契約書は必ず黒のペンを使って署名しましょう。', '契約書は必ず黒のペンで署名する'],
    ['経費に関しては月末までに精算してください。', '経費は月末までに精算する'],
    ['新しいツールを使ってみましょう。', '新しいツールを使う'],
    // More ways to recommend or forbid: 〜は禁物／厳禁, 〜たいところです, 〜ておいて損はない, 〜ておきたいです, 〜のが正解, 心がけたいのは〜こと, 〜してみて.
    ['長電話は禁物です。', '長電話しない'],
    ['感情的な反論は厳禁です。', '感情的な反論をしない'],
    ['会議の前には資料に目を通したいところです。', '会議の前には資料に目を通す'],
    ['名刺入れを用意しておいて損はありません。', '名刺入れを用意しておく'],
    ['議事録の型を決めておきたいですね。', '議事録の型を決めておく'],
    ['お礼のメールは当日中に送るのが正解です。', 'お礼のメールは当日中に送る'],
    ['心がけたいのは、結論から話すことです。', '結論から話す'],
    ['迷ったら上司に一度相談してみて。', '迷ったら上司に一度相談する'],
    // The completive 〜てしまう adds no step.
    ['給料日に貯金額を引いてしまいましょう。', '給料日に貯金額を引く'],
    // 登録, フォロー, インストール, 応募 … are steps about work; calls to action only about the site itself.
    ['取引先の連絡先を登録しておきましょう。', '取引先の連絡先を登録しておく'],
    ['困っている新人をフォローしましょう。', '困っている新人をフォローする'],
    ['セキュリティソフトをインストールしましょう。', 'セキュリティソフトをインストールする'],
    ['気になる求人には積極的に応募しましょう。', '気になる求人には積極的に応募する'],
    ['上司のコメントをメモしておきましょう。', '上司のコメントをメモしておく'],
    // Importance said other ways: 何よりも大切なのは, 〜が大切になってきます, 〜のがビジネスマナー, 必要不可欠, 〜も必要かもしれません, 〜ことをおすすめしたいです, 〜ことを意識すると効果的.
    ['何よりも大切なのは、期限を守ることです。', '期限を守る'],
    ['報告はこまめに行うことが大切になってきます。', '報告はこまめに行う'],
    ['席次は事前に確認しておくのがビジネスマナーです。', '席次は事前に確認しておく'],
    ['自分の意見を持つことが必要不可欠です。', '自分の意見を持つ'],
    ['時には立ち止まって考えることも必要かもしれません。', '時には立ち止まって考える'],
    ['目標を紙に書き出すことをおすすめしたいです。', '目標を紙に書き出す'],
    ['会話では相手の名前を呼ぶことを意識すると効果的です。', '会話では相手の名前を呼ぶ'],
    // An honorific request around a masu stem (お持ちください).
    ['当日は筆記用具をお持ちください。', '当日は筆記用具を持つ'],
    ['面接会場での喫煙はお控えください。', '面接会場での喫煙は控える'],
    ['季節の変わり目は体調にお気をつけください。', '季節の変わり目は体調に気をつける'],
    ['面倒な作業は午前中に済ませてしまうのがおすすめです。', '面倒な作業は午前中に済ませる'],
    // Words that name the article in meta sentences also name real steps (チェック, まとめる, 読む, 以下, 振り返る, 詳しく).
    ['提出前に誤字脱字をチェックしてください。', '提出前に誤字脱字をチェックする'],
    ['報告の要点は三行にまとめてください。', '報告の要点は三行にまとめる'],
    ['入社前に業界の本を読んでおきましょう。', '入社前に業界の本を読んでおく'],
    ['自己紹介は1分以下に収めましょう。', '自己紹介は1分以下に収める'],
    ['退社前にその日の業務を振り返ってみましょう。', '退社前にその日の業務を振り返る'],
    ['遅れた理由を上司に詳しく説明しましょう。', '遅れた理由を上司に詳しく説明する'],
    // 応募書類 is a job-hunting word, not a call to apply.
    ['応募書類は角形2号の封筒で送りましょう。', '応募書類は角形2号の封筒で送る'],
  ])('%s → %s', (sentence, text) => expect(todoOfSentenceJa(sentence)?.text).toBe(text));

  it.each([
    ['それぞれ詳しく見ていきましょう。', 'meta'],
    ['ここでは面接の手順を紹介していきます。', 'meta'],
    ['参考にしてください。', 'meta'],
    ['この記事では転職の方法を紹介します。', 'meta'],
    ['今すぐLINEで無料相談しましょう!', 'call to action'],
    ['こちらから登録してください。', 'call to action'],
    ['正直に報告するのは悪い事でしょうか?', 'question'],
    ['これではさすがに国民が反発するであろう。', 'conjecture'],
    ['鎮火しないだろう。', 'conjecture'],
    ['電話を途中で切られました。', 'report'],
    ['これは興味深い事例といえよう。', 'conjecture'],
    ['この場合は契約違反と解されよう。', 'conjecture in the passive'],
    ['子供にはのびのび育ってほしい。', 'a wish about someone else'],
    ['私は来年までに資格を取っておきたい。', 'the writer’s own wish'],
    ['なお、私はこの件に一切関与していないことを付記しておく。', 'the writer’s own act'],
    ['「会議では誰も発言してはいけない。」', 'quoted speech'],
    ['問題はそこにあるということ。', 'statement'],
    ['参考にしてください。', 'meta'],
    ['学生時代に頑張ったことについて教えてください。', 'asks the reader for information'],
    ['ぜひ意識してみてください。', 'a bare verb: its object was in an earlier sentence'],
    ['そこへ直接応募するのもいいでしょう。', 'opens on a demonstrative place'],
    ['その点注意してください。', 'opens on a demonstrative point'],
    ['以降で書くことを抽象化するとこういうこと。', 'こういうこと is not a rule'],
    ['そんな時は誰もが焦る。', 'a statement with its own subject'],
    ['だからこそ、第一印象はとても大切です。', 'polite statement after a lead'],
    ['そうすることで、無駄な出費を防ぐことができます。', 'a benefit of an earlier step'],
    ['経験があることで、採用されやすくなります。', 'a benefit of a state, not a step'],
    ['今日の調子はいかがでしょうか。', 'a question, not a suggestion'],
    ['例えば、資料を色分けしておいたりすることで、探しやすくなる。', 'an example of a step'],
    ['この企画は楽しそう。', 'how a thing looks (〜しそう), not a hortative'],
    ['できる限り保存しておいてください。', 'a hedge and a bare verb: the object was in an earlier sentence'],
    ['目安としては、年収の三倍が相場だ。', 'a norm stated, not a step'],
    ['原則として、誰もが定時に帰る。', 'a norm with its own subject'],
    ['以下のポイントをチェックしてみてください。', 'meta: points to the article'],
    ['それでは、これまでの内容を振り返ってみましょう。', 'meta: looks back over the article'],
    ['こちらの記事もあわせて読んでみてください。', 'meta: another article'],
    ['今すぐ応募しよう！', 'call to action'],
    ['ぜひ今日から実践してみてください。', 'a closing exhortation: when to start and a bare verb'],
    ['さっそく試してみましょう。', 'a closing exhortation'],
    ['この点についてしっかりと伝えましょう。', 'opens on a demonstrative point'],
    ['NG例：「少し待ってください」', 'a bad example'],
    ['×「了解しました」と返事をしましょう。', 'a bad example'],
    ['「少々お待ちください」', 'quoted speech, not the writer asking'],
    ['いつか海外で働きたいものです。', 'the writer’s own wish'],
    ['この記事をシェアしてください。', 'call to action about the site'],
    ['メルマガに登録しましょう。', 'call to action about the site'],
    ['下のボタンをクリックしてください。', 'call to action about the site'],
    ['コメント欄に感想を書いてください。', 'call to action about the site'],
    ['お早めにお越しください。', 'an honorific-only verb (お越し: come), and an invitation'],
    ['不明な点はお問い合わせください。', 'call to action'],
    ['これらの書類は、なくすと再発行が難しいので、必ず保管しておきましょう。', 'its topic points back to earlier sentences'],
    ['最後までお読みいただきありがとうございました。', 'meta'],
    ['【PR】今なら無料で登録できます。', 'an advertisement'],
  ])('%s is not a to-do (%s)', (sentence) => expect(todoOfSentenceJa(sentence)).toBeNull());
});

describe('Japanese headings and labels', () => {
  it.each([
    ['1. 毎日の業務を記録する', '毎日の業務を記録する'],
    // Full-width numbers, POINT/【ポイント3】 and other bullets are numbering too; a bracketed word (【重要】) is not.
    ['１．毎日の業務を記録する', '毎日の業務を記録する'],
    ['【ポイント３】会議の前に議題を読む', '会議の前に議題を読む'],
    ['POINT2：会議の前に議題を読む', '会議の前に議題を読む'],
    ['▶会議の前に議題を読む', '会議の前に議題を読む'],
    ['会議で無言を貫かない', '会議で無言を貫かない'],
    ['生前に遺言書の作成を', '生前に遺言書の作成をする'],
    ['規則性をもたせる (例を見る)', '規則性をもたせる'],
    ['参考にした資料の出典を書く', '参考にした資料の出典を書く'],
    // Noun-stop labels: a verbal noun after a particle or adverb is an action.
    ['すれ違う人には必ず挨拶', 'すれ違う人には必ず挨拶する'],
    ['背筋を伸ばして着席', '背筋を伸ばして着席する'],
    // A to-do that starts with a structural word (結論, まとめ) is not a structural heading.
    ['結論を先に書く', '結論を先に書く'],
    // …nor one whose word goes on in kana (結論から), and から／まで／より open a plain clause like を／に.
    ['1. 結論から話す', '結論から話す'],
    ['相手より先に名刺を出す', '相手より先に名刺を出す'],
    // A purpose set as a label (〜するには : …) drops like the clause 〜するには、.
    ['ミスを減らすには : 確認の手順を決める', '確認の手順を決める'],
    // Plain clauses chained as steps on objects are a procedure, however long (the purpose clause drops).
    ['誤解を防ぐためには、用語集を作り、「使う言葉」「避ける言葉」を一覧にまとめ、チーム全員で用語の統一を図る', '用語集を作り、「使う言葉」「避ける言葉」を一覧にまとめ、チーム全員で用語の統一を図る'],
    // A checklist question about a state the reader brings about (passive → active).
    ['デスクは片付けられているか？', 'デスクを片付ける'],
    ['書類は整理されているか？', '書類を整理する'],
    // …and about a state (intransitive → transitive) or a flaw (the verb's stem names it).
    ['書類は揃っているか？', '書類を揃える'],
    ['日程は決まっているか？', '日程を決める'],
    ['机の上は片付いているか？', '机の上を片付ける'],
    ['ネクタイは曲がっていないか？', 'ネクタイの曲がりを確認する'],
    ['靴は傷んでいないか？', '靴の傷みを確認する'],
    // …and about an act done (past or progressive, with its object).
    ['名刺を用意したか？', '名刺を用意する'],
    ['日報を毎日書いているか？', '日報を毎日書く'],
    ['企業の資料を読んだか？', '企業の資料を読む'],
    // 「〜すべき＋名詞」 as a label: the thing is to be done.
    ['■週末に確認すべき経費精算', '週末に経費精算を確認する'],
    // Reason clauses drop out of plain labels too.
    ['メモであっても、後で忘れるので、必ず動詞まで書く', 'メモであっても、必ず動詞まで書く'],
  ])('%s → %s', (heading, text) => expect(todoOfHeading(heading, 'ja')?.text).toBe(text));

  it.each(['何を買ったか？', '面接の準備はできているか？', '一度試してみてはどうでしょう？', '経験があることで有利になります', '通勤時間に見直すべきこと', '■新人研修 面接のコツ', '上司への報告は重要', '手帳には予定が必要', 'まとめ', 'まとめ：面接のコツ', '会社は利益を上げ、社員を増やし、新しい事業の準備を進めてきた', '新人は先輩の仕事を見て、やり方を覚え、少しずつ仕事を任される', 'NG例：「少し待ってください」', 'この点についてしっかりと伝えましょう', 'ログを取るべき理由はここにある', '工場出荷時のパスワードが識別符号に当たらないことが理解されていない', '電話を切られた後の適切な対応'])(
    '%s is not a to-do',
    (heading) => expect(todoOfHeading(heading, 'ja')).toBeNull(),
  );
});

describe('a tip page whose headings wrap their text in <p> (「<h4><p>…</p></h4>」)', () => {
  const items = analyzePage(fixtureDoc('ja-tips-wrapped-headings.html'), 'https://example.jp/tips/meeting', { budgetMs: 10_000 }).items;
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

describe('bold paragraph labels, link steps and nested steps (ja-labels-and-nested-steps.html)', () => {
  const items = analyzePage(fixtureDoc('ja-labels-and-nested-steps.html'), 'https://example.jp/writing/report', { budgetMs: 10_000 }).items;
  const texts = items.map((i) => i.text);

  it('takes a bold paragraph (class or <strong>) as the to-do and the paragraph after it as its detail', () => {
    expect(items.find((i) => i.text === '提出前に必ず確認する')).toMatchObject({ detail: expect.stringContaining('声に出して') });
    expect(items.find((i) => i.text === '数字には単位を付ける')).toMatchObject({ detail: expect.stringContaining('単位まで') });
    expect(texts.some((t) => t.includes('読み返す') || t === '単位まで書く')).toBe(false);
  });

  it('reads the paragraph under a bold label that is not a to-do as usual', () => {
    expect(texts).toContain('遅れる時は、前日までに上司に相談する');
  });

  it('keeps a linked step in a list of plain steps, but not a list of links', () => {
    expect(texts).toContain('結論を先に書く');
    expect(texts.some((t) => t.includes('件名') || t.includes('議事録'))).toBe(false);
  });

  it('takes plain-form sub-items of a step, not the ones that explain it', () => {
    expect(texts).toEqual(expect.arrayContaining(['経緯は結論の後に短くまとめる', '同じものを別の名前で呼ばない']));
    expect(texts.some((t) => t.includes('判断できる'))).toBe(false);
  });

  it('takes plain-style sentences after a lead or a condition clause', () => {
    expect(texts).toEqual(expect.arrayContaining(['まず社内の資料を調べる', '資料が見つからなかったら、先輩に聞く']));
  });
});

describe('list titles and lists of don’ts (ja-list-titles-and-donts.html)', () => {
  const texts = analyzePage(fixtureDoc('ja-list-titles-and-donts.html'), 'https://example.jp/work/transfer', { budgetMs: 10_000 }).items.map((i) => i.text);

  it('takes a 「〜すること」 heading over a list as the list’s title, not a step, and the list items as steps', () => {
    expect(texts).not.toContain('異動の前に準備する');
    expect(texts).toEqual(expect.arrayContaining(['担当業務の一覧を作る', '取引先への挨拶の予定を立てる']));
  });

  it('keeps a 「〜すること」 heading with no list under it, and the sentences of its section', () => {
    expect(texts).toContain('内示を受けたら確認する');
  });

  it('reads plain items under a heading of don’ts as prohibitions, and leaves a negative one as it is', () => {
    expect(texts).toEqual(expect.arrayContaining(['内示の内容を同僚に話さない', '引き継ぎをせずに休暇を取らない', '後任者への連絡を怠らない']));
    expect(texts).not.toContain('内示の内容を同僚に話す');
  });

  it('drops the intro’s 「〜ためのポイントを押さえておきましょう」 and the closing exhortation', () => {
    expect(texts.some((t) => t.includes('ポイント') || t.includes('実践'))).toBe(false);
  });
});

describe('a tip page in plain style (である調, ja-plain-style-tips.html)', () => {
  it('is advice: 〜ておく。／〜ようにする。 prescribe like 〜ましょう, and its plain headings and items are the to-dos', () => {
    const page = analyzePage(fixtureDoc('ja-plain-style-tips.html'), 'https://example.jp/notes/minutes', { budgetMs: 10_000 });
    expect(page.isAdvice).toBe(true);
    expect(page.items.map((i) => i.text)).toEqual(expect.arrayContaining(['事前にテンプレートを用意する', '発言をそのまま書かない', '宿題には必ず担当者と期限を書く', '会議が終わったらすぐ送る']));
  });
});

describe('deduplication of Japanese to-dos', () => {
  const candidate = (text: string, position: number): Candidate => ({ text, kind: 'list', quote: text, position, rule: 'test' });

  it('keeps two Japanese to-dos that only share Latin words (SMS, URL)', () => {
    const items = [candidate('不審なSMSのURLを開かない', 0), candidate('SMSやURLの送信元を確認する', 1)];
    expect(dedupe(items).map((i) => i.text)).toEqual(['不審なSMSのURLを開かない', 'SMSやURLの送信元を確認する']);
  });
});

describe('bounded work on hostile text', () => {
  it('reads no rule into a sentence longer than any real to-do (300 characters)', () => {
    expect(todoOfSentenceJa('資料を確認し、'.repeat(50) + '上司に報告しましょう。')).toBeNull();
    expect(pairOfSentenceJa('資料は前日までに準備し、'.repeat(30) + '当日は早めに会場に入りましょう。')).toBeNull();
    expect(todoOfSentenceJa('資料を確認し、'.repeat(5) + '上司に報告しましょう。')?.text).toContain('上司に報告する');
  });
});

describe('a sentence holding two steps', () => {
  it('splits where the second step opens on a topic of its own', () => {
    expect(pairOfSentenceJa('資料は前日までに準備し、当日は早めに会場に入りましょう。')?.map((t) => t.text)).toEqual(['資料は前日までに準備する', '当日は早めに会場に入る']);
    expect(pairOfSentenceJa('細かい交渉は担当者に任せ、あなたは全体の方針を決めることに集中してください。')?.map((t) => t.text)).toEqual(['細かい交渉は担当者に任せる', '全体の方針を決めることに集中する']);
  });

  it('keeps one step with one topic, and a reason clause, whole', () => {
    expect(pairOfSentenceJa('具体的な計画を立て、毎日少しずつ進めましょう。')).toBeNull();
    expect(pairOfSentenceJa('議事録を読み直し、次回は自分から発言しましょう。')).not.toBeNull();
    expect(pairOfSentenceJa('体調を崩しやすい時期なので、自分は早めに休みましょう。')).toBeNull();
  });

  it('gives both steps as paragraph to-dos on a page', () => {
    const html = `<html lang="ja"><head><title>面接当日に気をつけるポイント</title></head><body><article><h1>面接当日に気をつけるポイント</h1>
      <h2>前日と当日の準備</h2><p>面接では第一印象が大切です。持ち物は前日までにかばんに入れ、当日は余裕を持って家を出ましょう。</p>
      <h2>面接中の話し方</h2><p>質問には結論から答えましょう。</p></article></body></html>`;
    const texts = analyzePage(parsePage(html), 'https://example.jp/interview', { scope: 'all', budgetMs: 10_000 }).items.map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['持ち物は前日までにかばんに入れる', '当日は余裕を持って家を出る']));
  });
});

describe('sentence splitting', () => {
  it('keeps a quotation and the と after a line break in one sentence', () => {
    expect(splitSentences('「この案でよいですか？」\nと上司に確認しましょう。', 'ja')).toHaveLength(1);
  });
});
