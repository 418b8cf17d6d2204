/**
 * The regular expressions for Japanese pages, in three tables: JA (sentences, titles, headings,
 * shared by detection and extraction), JA_TODO (sentence → to-do) and JA_DETECT (page detection).
 * Patterns were derived from how Japanese advice columns, blogs and business manners pages phrase
 * recommendations.
 */
export const JA = {
  /**
   * Sentence: up to 。！？ (plus closing brackets), or a line. A quoted question or exclamation that
   * the sentence goes on from (「…ますか？」という会話, 「はい！」と答える) does not end it, even across a
   * line break before と (「…ますか？」<br>という会話).
   */
  sentence: /(?:[。！？!?]*[」』]+(?:\n(?=と)|(?=[とっのをにや、]))|[^。！？!?\n])+(?:[。！？!?]+[」』）)]*)?/g,
  /** Title words of advice articles (方法, コツ, 対処法, 〜選 …). */
  adviceTitle: /方法|やり方|コツ|ポイント|対処法?|対策|すべきこと|やるべきこと|ステップ|手順|\d+選|秘訣|心得|注意点|マナー|アドバイス|ためには|には？|ための|べき|ましょう|しよう|しない|するな|なさい|な！|習慣|ルール|鉄則|テクニック|ノウハウ|書き方|伝え方|進め方|選び方|使い方|とは|解説|入門|ガイド|チェックリスト|すすめ|勧め|したい|してはいけない|NG/,
  /** A title that is itself a plain-form directive (「会議で無言を貫かない・言葉で返事をする」). */
  directiveTitle: /(?:[かがさたなまらわ]ない|しない|をする|にする|するな|しよう|[^で]きる)(?=$|[・｜|/／\s\-–—])/,
  /** Markers of a recommendation anywhere in running text (the cheap gate counts them); 〜ようにする。／〜ておく。 are plain-style (である調) prescriptions. */
  adviceMarker: /ましょう|(?:ようにする|[てで]おく)[。！!]|てください|でください|ことが(?:大切|重要|大事|必要)|のが(?:大切|重要|大事|おすすめ)|べき|必要があります|ほうが(?:いい|良い)|と[よい]いでしょう|しよう|ないこと|するな|すること。|[\u3400-\u9fff][おこごそとのぼもろ]う[。！!]|ろう[。！!]|[えけげせてねべめれ]よう[。！!]|ご[\u3400-\u9fff]{2}ください|をお勧め|をおすすめ/g,
  /** Work and careers vocabulary (career scope). */
  career: /転職|就職|就活|面接|上司|部下|職場|退職|キャリア|社会人|パワハラ|残業|年収|給料|給与|履歴書|仕事|業務|会社|社内|社員|同僚|新人|新卒|求人|営業|ビジネス|報連相|報告|会議|プロジェクト|エンジニア|労働|雇用|人事|評価|昇進|副業|働き方|取引先|顧客|クライアント|マネージャ|リーダー|チーム|作業|進捗|文書|資料|ドキュメント|メール|タスク|納期|スケジュール|設計|開発|レビュー|打ち合わせ|ミーティング|議事録|職務|スキル|勤務|出社|テレワーク|部署|担当者|業界|企業|採用|内定|先輩|後輩|労務|働く/g,
  /** Headings that end in 〜を (「生前に遺言書の作成を」): a request with its verb left out. */
  ellipticalHeading: /^(.+[\u3400-\u9fff\u30a0-\u30ff]{2})を$/,
  /** 〜しない / 〜するな / 〜すること (imperative-ish heading and list shapes). */
  plainDirective: /^(.+?)(?:すること|しないこと|ないこと|するな|しない|する|こと)$/,
  /** Label:description list items (「記録を残す:日付、時間…」). */
  labelSplit: /^(.{2,30}?)\s*[:：]\s*(.+)$/s,
  /** Plain endings that state a fact rather than direct (「理解されていない」「言える」「省力化できる」), and polite ones (〜ます／でしょう／ましょう／ください: not plain at all, and read by the sentence rules). */
  statementEnding: /(?:てい|れ|られ|では|じゃ|しか|わから|分から|知ら|いら|でき)ない$|(?:言える|いえる|思う|れる|ている|ある|いる|なる|できる|出来る)$|(?:ます|です|でしょう|ましょう|ください|下さい)$/,
  /** Section headings under which plain-form list items are steps (「ログの残し方」「面接のコツ」). */
  howHeading: /方$|方法|やり方|コツ|ポイント|手順|ステップ|すること|べきこと|やること|対策|対処|心得|ルール|習慣|注意点|マナー|チェック|準備/,
  /** Section headings under which list items explain, not instruct (reasons, merits, features). */
  reasonHeading: /理由|メリット|デメリット|特徴|原因|背景|とは|違い|種類|例$|事例|結果|感想/,
  /** Headings that organise, not instruct (まとめ, はじめに, 目次…); not a to-do that starts with the word and goes on in kana (「結論を先に書く」「結論から話す」「まとめて送る」). */
  structuralHeading: /^(?:まとめ|はじめに|おわりに|さいごに|最後に|目次|概要|結論|参考(?!に)|関連|おすすめ記事|関連記事|この記事|よくある質問|Q&A|FAQ|プロフィール|著者)(?![ぁ-ゖ])/,
} as const;

/**
 * The rules that turn a Japanese sentence or label into a to-do (todo-ja only). Apart from JA so that
 * the first look, which runs on every page, does not carry them.
 */
export const JA_TODO = {
  /** Section headings over things not to do (「やってはいけないNG行動」「避けるべきこと」): their plain list items are prohibitions. */
  dontHeading: /NG|ＮＧ|やってはいけない|してはいけない|してはならない|避けるべき|避けたい|やめるべき|やめたい|タブー|禁止|厳禁|ダメな|だめな/,
  /** Trailing softeners and punctuation after the predicate (ね, よ, ！, 。). */
  trailing: /[\s。．！？!?…・、,]*(?:[ねよ]|ね[！!]|よね)?[\s。．！？!?…」』]*$/,
  /** A trailing parenthetical aside (「(5W1H を明確にする)」, 「（任意）」). */
  trailingAside: /\s*[（(][^（）()]*[）)]\s*$/,
  /** Trailing 「ようにする」「よう心がける」 around an already plain to-do. */
  trailingYouni: /(?:ように|よう)(?:する|心がける|心掛ける|意識する)$/,
  /** 「名前を呼ぶことを意識する」: minding an act is doing it (group 1: the act). */
  mindFrame: /^(.+?(?:[うくぐすつぬぶむる]|ない))(?:こと|の)を(?:意識する|心がける|心掛ける)$/,
  /** 「貯金額を先に引いてしまう」: the completive 〜てしまう adds no step (group 1: the te-stem, group 2: て/で). */
  doneAux: /^(.+?)([てで])しまう$/,
  /** 「感情的にならないように注意する／気をつける」: the negative before ように is the to-do (「感情的にならない」). */
  trailingCareNot: /(?<=ない)(?:ように|よう)(?:注意する|気をつける|気を付ける|留意する)$/,
  /** 「言い訳をするのはやめる／控える」: quitting an act is not doing it (→「言い訳をしない」); group 1 is the act. */
  quitAct: /^(.+?[うくぐすつぬぶむる])(?:の|こと)(?:は|を)(?:やめる|止める|控える)$/,
  /** 「ミスをしてしまった場合は、」: a past condition read as 〜たら (「ミスをしてしまったら、」), the shorter to-do. */
  pastCase: /([ただ])場合(?:など)?(?:に)?は/g,
  /** A clause that starts with a particle is a fragment left by cutting at 、. */
  particleStart: /^[はがをにでとものへや]/,
  /** Leading connectives that are not part of the to-do (まず、次に、また、…). */
  leadingConnective: /^(?:まずは?|しかし|次に|また|そして|さらに|最[後初]に|ですから|だから|なので|そのため|そこで|例えば|たとえば|特に|とくに|ぜひ|是非|なお|つまり|ただし|もちろん|一方で?|加えて|同時に|あわせて|そのうえで|その上で|しっかりと|日頃から|普段から|ただ|これだと|それなら|そうすれば|その際は?|その場合は?|そんな時は)[、,\s]*/,
  /** 「重要なのは、…ことです」: the to-do sits between the frame and こと. */
  framedImportance: /^(?:(?:最も|一番|いちばん|何よりも?|特に)?(?:重要|大切|大事|必要|肝心)な(?:の|こと)|(?:まず)?(?:やる|す)べきこと|(?:心がけ|心掛け|意識し|気をつけ|気を付け|大切にし)たい(?:の|こと)|ポイント|コツ|秘訣|カギ|鍵)は[、,]?(?:必ず)?(.+?)(?:こと|の|姿勢|意識|心構え)(?:です|だ|である)?$/,
  /** 〜には注意が必要です: the reader is to watch for something (「不審なURLには注意が必要です」→「不審なURLに注意する」). */
  cautionNeeded: /^(?=.*(?:注意|警戒|用心|配慮)が)(.+?)に(?:は|も)?[、,]?(?:より一層の|一層の|十分な|細心の|特に|十分)?(注意|警戒|用心|配慮)が(?:必要|大切|重要|大事)(?:です|だ|でしょう|となります|になります)?$/,
  /** 「実施すべき対策」「守るべきルール」as a label: the thing is to be done (→「対策を実施する」). Not 〜すべきこと／理由 (a topic). */
  dutyNoun: /^(.*?[^\u3400-\u9fff\u30a0-\u30ff])?([\u3400-\u9fff\u30a0-\u30ff]{2,}す|[\u3400-\u9fff]+[ぁ-ん]?[うくぐすつぬぶむる])べき((?!こと|理由|点|ポイント|もの|人|時|とき)[^、。はがをもにでとへ]*[\u3400-\u9fff\u30a0-\u30ffー]{2})$/,
  /** 「早めの準備をお勧めします」「事前の確認が大切です」: an adverbial noun + の + verbal noun recommended (→「早めに準備する」). */
  adverbialRecommend: /^(.*?)(早め|早期|事前|定期的|日常的|こまめ|小まめ|念入り|入念|十分|慎重|丁寧|継続的|計画的)の([\u3400-\u9fff]{2,4})(?:を(?:お勧め|おすすめ|オススメ|推奨)(?:します|いたします)?|が(?:必要|大切|重要|大事|不可欠|欠かせ(?:ません|ない))(?:です|だ|となります|になります)?)$/,
  /** 「様式はB4サイズがおすすめです」: a thing recommended is a thing to choose. */
  nounRecommend: /^(.+?)(?<![うくぐすつぬぶむるい]の|こと)が(?:おすすめ|オススメ|お勧め|おススメ|ベスト)(?:です|だ|でしょう)?$/,
  /** A checklist question about a state the reader brings about (「靴は綺麗に磨かれているか？」): group 1 topic, 2 manner, 3 passive verb stem. */
  /** 「髪型は整っているか？」: a state the reader brings about, read back to its transitive verb (group 3: the te-stem). */
  stateQuestion: /^(.+?)は(.*?)([\u3400-\u9fff][ぁ-ん]?(?:[まわがかさた]っ|い)|[整揃調]っ)て(?:いる|います)か$/,
  /** 「制服は汚れていないか？」: a flaw to check for (group 3: the te-stem, which names the flaw as a noun). */
  flawQuestion: /^(.+?)は(.*?)([\u3400-\u9fff][ぁ-ん]{0,2}?(?:[えけげせてねべめれいきぎしちびみり]|っ|ん))[てで](?:い)?(?:ない|ません)か$/,
  /** 「名刺を用意したか？」「日報を毎日書いているか？」: a checklist of acts (an object, then past or progressive); not 「何を買ったか」. */
  actQuestion: /^(?![^、]*(?:何|誰|どこ|いつ|どう|なぜ|どの|どれ|どんな|いくら))([^、]*?を[^、]*?)(?:([ただ])|([てで])い(?:る|ます))か$/,
  checkQuestion: /^(.+?)は(.*?)((?:[\u3400-\u9fff]+[かがさたなまらわば]|[\u3400-\u9fff\u30a0-\u30ff]{2,}さ|[\u3400-\u9fff]+[えけげせてねべめれ]ら))れて(?:いる|います)か[？?]?$/,

  /** 〜ことが大切です / 〜のがおすすめ: the clause before こと is already in dictionary form. */
  importanceEnding: /^(.+?)(?:こと|(?<=(?:[うくぐすつぬぶむる]|ない))の)(?:が|も|は|こそ)?(?:、?[^、]{1,15}(?:において|にとって|では|にも)は?、?)?(?:とても|非常に|何より|最も|特に|一番|極めて)?(?:大切|重要|必要不可欠|必要|大事|肝心|ポイント|おすすめ|オススメ|お勧め|有効|効果的|望ましい|不可欠|鍵|カギ|先決|基本(?:ルール)?|原則|鉄則|コツ|秘訣|ベスト|正解|賢明|無難|得策|近道|一番|いちばん|(?:ビジネス)?マナー|礼儀|常識|エチケット|理想(?:的)?|(?:一つの|ひとつの|1つの)?(?:方法|手)|一案|欠かせ(?:ません|ない)|求められ(?:ます|る|ています))(?:な(?:こと|の))?(?:です|だ|である|でしょう|かもしれません|になります|となります|になって(?:きます|くる)|なのです|なんです)?$/,
  /** 〜ことをおすすめします / 〜ことを心がけましょう. */
  recommendEnding: /^(.+?)(?:こと|の)を(?:おすすめ|お勧め|オススメ|推奨|心がけ|心掛け|意識し|忘れず)(?:します|いたします|したいです|しております|しましょう|ましょう|てください|る|に|です)?$/,
  /** 〜必要があります / 〜べきです. */
  obligationEnding: /^(.+?)(?:必要があります|必要がある|必要があるでしょう|べきです|べきでしょう|べきだ|べき|べし)$/,
  /** 〜ほうがいい / 〜とよいでしょう / 〜と良いかもしれません (a hedged recommendation). */
  betterEnding: /^(.+?)(ほうが|方が|と|ば|のも|(?<=[うくぐすつぬぶむる])のが)(?:いい|良い|よい|便利|安心|効果的|確実|スムーズ)(?:です|でしょう|と思います|かもしれません)?$/,
  /** 〜しなければなりません／〜しなくてはいけない: an obligation, read as the dictionary form (提出しなければ→提出する). */
  mustEnding: /^(.+?)(?:なければ|なくては|なくちゃ|ないと)(?:なりません|ならない|いけません|いけない|ダメです|だめです|ダメ|だめ)$/,
  /** 〜してみてはいかがでしょうか／〜するのはどうでしょう: a suggestion phrased as a question (group 2: て/で after a te-stem). */
  suggestion: /^(.+?)(?:([てで])(?:み)?(?:ては|たら)|(?<=[うくぐすつぬぶむる])(?:の|こと)は|(?<=[うくぐすつぬぶむる])のも)(?:いかが|どう)(?:でしょうか|ですか|でしょう)[？?]?$/,
  /** 〜てはいけません / 〜てはならない: a prohibition, read as the plain negative (使ってはならない→使わない). */
  prohibitionEnding: /^(.+?)([てで])は(?:いけません|いけない|いけないよ|なりません|ならない|ダメです|だめです|ダメ|だめ)$/,
  /** 〜ようにする / 〜よう心がける in plain-style (である調) writing: the clause before is the to-do. */
  plainYouniEnding: /^(.+?(?:[うくぐすつぬぶむる]|ない))(?:ように|よう)(?:する|心がける|心掛ける|意識する)$/,
  /** 〜ておく in plain-style writing: a prescription to do something beforehand (「作業ログを取っておく」). */
  plainTeokuEnding: /^(.+[てで]おく)$/,
  /** 〜すること / 〜しないこと closing a plain-style sentence: a rule stated as a noun (「表記しないこと」); not 「という／こういう／ああいうこと」. */
  plainKotoEnding: /^(.+?(?<![とうあ]い)(?:[うくぐすつぬぶむる]|ない))こと$/,
  /** 「第一印象を良くするには、清潔感を心がけることです」: the way to a goal, said as 〜ことです after 〜には／〜ためには (group 2). */
  purposeKoto: /^(.+?(?:[うくぐすつぬぶむる]|ない)(?:ため)?には、?)(.+?(?:[うくぐすつぬぶむる]|ない))ことです$/,
  /** 「笑顔を忘れずに」: a clipped reminder, read as 〜を忘れない. */
  forgetNot: /^(.+?を)忘れずに$/,
  /** 〜ましょう (masu stem before it). */
  shouldEnding: /^(.+?)ましょう$/,
  /** 〜てください / 〜でください (te-form before it). */
  pleaseEnding: /^(.+?)([てで])(?:ください|下さい|くださいね)$/,
  /** 〜しよう / 〜てみよう / 〜ておこう: casual hortative. */
  hortativeEnding: /^(.+?)(しよう|てみよう|でみよう|ておこう|でおこう|ていこう|でいこう)$/,
  /**
   * 〜おう / 〜よう: casual hortative of godan (言おう, 発そう, 頑張ろう) and ichidan (考えよう) verbs. Okurigana
   * may be two kana (楽しもう, 起こそう, 減らそう), but not し before そう: 〜しそう says how a thing looks (楽しそう).
   */
  volitionalEnding: /^(.+?(?:[\u3400-\u9fff][ぁ-ゖ]?[おこごとのぼもろ]|[\u3400-\u9fff][かがさたなばまやらわこごと]?そ|[^だあ\u3400-\u9fff]ろ))う$|^(.+?[えけげせてねべめれ見])よう$/,
  /**
   * 〜ことで／〜すれば／〜しておくと、〜やすくなる／できる: a step named by the benefit it brings
   * (「志望動機と紐付けて話すことで共感を得やすくなります」). Group 1 is the step (before ことで, a dictionary
   * form; before ば or と, a conditional form), group 2 its marker.
   */
  benefitEnding: /^(.+?)(ことで|ことにより|ことによって|(?<![なあ]け|でき|出来|言え|いえ|あれ|なれ|思え)(?<=[えけげせてねべめれ])ば|[てで]おくと|[てで]おけば)、?.+(?:やす(?:く(?:なる|なり)|い)|(?:でき|出来|得られ|防げ|避けられ|減らせ|高められ|続けられ|伝わ)(?:る|ます|り)|可能(?:に|と)(?:なる|なり)|可能|(?:つなが|繋が)(?:る|り))(?:ます|ました|はず|です|でしょう|のです|んです|ようになります|ようになる)*$/,
  /** A clause that states a condition rather than a step (「経験があることで」「慣れていれば」). */
  stateClause: /(?:てい|でい|であ|があ|にな|でき|出来)(?:る|れ)$|(?:ある|いる|あれ|いれ)$/,
  /** 〜ないでください／〜しない: a prohibition is never a call to action (「URLをタップしないでください」). */
  prohibition: /(?:ない|ないで(?:ください|下さい)|ないこと|ないように(?:しましょう|する)?|てはいけません)[。！!]*$/,
  /** 〜するのはNG／厳禁／禁物: a prohibition, read as the plain negative (「遅れて連絡するのはNGです」→「遅れて連絡しない」). */
  ngEnding: /^(.+?[うくぐすつぬぶむる])(?:の|こと)(?:は|も)(?:NG|ＮＧ|厳禁|禁物|タブー|御法度|ご法度)(?:です|だ|でしょう)?$/,
  /** 「無理は禁物です」「遅刻は厳禁」: a thing forbidden, read as not doing it (group 1: the thing). */
  nounNg: /^(.+?)は(?:NG|ＮＧ|厳禁|禁物|タブー|御法度|ご法度)(?:です|だ)?$/,
  /** 「身だしなみに気を配りたいところです」: a wish the writer holds for the reader (masu stem before it); not 〜たいものです, the writer's own. */
  wishStem: /^(.+?)たいところ(?:です|だ)?$/,
  /** 「深呼吸してみて」: a casual request to try (te-stem before it, group 2: て/で). */
  casualTry: /^(.+?)([てで])みて$/,
  /** 〜しなさい: a plain command (masu stem before it). */
  commandEnding: /^(.+?)なさい$/,
  /** 〜してほしい／〜しておきたいところです／〜しておいて損はない: the writer wishes the reader to do it (group 2: て/で; group 3 or 4: おき／おい). */
  wishEnding: /^(.+?)([てで])(?:(?:ほしい|欲しい|もらいたい|いただきたい)(?:です|と思います|のです|ところです)?|(おき)たい(?:ところ(?:です|だ)?|です)|(おい)て損は(?:ありません|ない))$/,
  /** お持ちください／お控えください／お気をつけください: honorific request around a masu stem (group 2), お after a particle or the start; not the honorific-only verbs (お越し, お見え: come). */
  honorificStemPlease: /^(.*?(?:^|[をはにでもがへと、\s]))お(?!越し|見え|召し|いで)(気を(?:つけ|付け)|[\u3400-\u9fff]+[ぁ-ゖ]{0,2})(?:ください|下さい)$/,
  /** ご相談ください / ご確認ください: honorific request around a verbal noun. */
  honorificPlease: /^(.+?)ご([\u3400-\u9fff]{2,})(?:ください|下さい)$/,

  /**
   * A plain-style (である調) sentence made a prescription by its lead: だから／まず／そんな時は at the start
   * (「だからまず調べる」) or a condition clause 〜たら／〜場合は (「5分で解決できなかったら、周りに聞くのだ」).
   * Group 1 is the to-do; its main clause has no subject が (「そんな時は誰もが焦る」 is a statement).
   */
  /**
   * A plain-style sentence that sets a norm (「目安としては、2時間ごとに報告する」「原則として、当日中に返信する」): group 1
   * is the to-do. One clause may come before the main one, which has no subject が except in a concession
   * (「結果がどうであれ」「問題の有無に関わらず」).
   */
  normLead: /^(?:目安|原則)(?:として)?[はも]?、?((?:[^、]+、)?(?:[^、]*?(?:であれ|でも|関わらず|かかわらず))?[^が、]+?[うくぐすつぬぶむる])(?<![でま]す)[。！!]?$/,
  directiveLead: /(?:^(?:だから|そんな(?:時|とき)|そういう(?:時|とき))[はも]?、?|(?:^|、)(?=[^、]+(?:たら|場合は|時は|ときは)、))((?:[^、]+(?:たら|場合は|時は|ときは)、)?[^が]+?[うくぐすつぬぶむる])(?<![でま]す)(?:のだ)?[。！!]?$/,
  /**
   * Meta sentences about the article itself, not advice (「それぞれ詳しく見ていきましょう」「以下の記事も読んでみてください」).
   * Words that also name real steps count only in their article sense: 詳しくは (not 「理由を詳しく説明する」), 以下の
   * (not 「400字以下に」), reading or checking an article (not 「資料を読んでおく」「誤字をチェックする」), まとめました
   * (not 「資料をまとめて送る」), looking back with no object of one's own (not 「一日の業務を振り返る」).
   */
  meta: /詳しくは|詳しく(?:[見み]|解説|紹介)|[見み]ていき|(?:紹介|解説|説明)し(?:ます|ていき|てい(?:ます|る)|ました|たい|よう)|ご紹介|ご覧|参考に(?:して(?:ください|みて|いただ)|なれば|なると|なる記事)|この記事|本記事|当記事|本稿|最後まで(?:お?読|ご覧|お付き合い)|お読み|(?:記事|こちら|ページ|あわせて|併せて)[^。]{0,12}読んで|^[^をが]*チェックして(?:みて|ください)|(?:以下|下記|こちら|記事|ページ)[^。]{0,12}チェックして|(?<![0-9０-９一二三四五六七八九十百千万][^。]{0,2})以下|下記|次のよう|次の\d|ここから|ここでは|^[^を]*確認していき|まとめ(?:まし|てい(?:ます|きます))|(?:以下|下記|ここ|表)に?まとめ|(?:内容|これまで|ここまで|ポイント)[^。]{0,6}振り返|^[^を]*振り返って|お伝えし|考えていき|[見み]ていこう|おさらい|ための(?:ポイント|コツ|方法|秘訣)を(?:押さえ|確認|知っ|見|紹介|解説)/,
  /** 「〜について教えてください」: the writer (or an interviewer being quoted) asks the reader for information. */
  askingReader: /教えて(?:ください|下さい|くださいね)[。！!]*$/,
  /** Calls to action and ads (only in short sentences: a long sentence that mentions 相談 is advice) (「今すぐLINEで…無料相談」, 「登録はこちら」). */
  callToAction: /今すぐ|無料|LINE|ライン|お問い?合わせ|問合せ|こちら|予約|(?<!自己)PR|購読|申し?込|資料請求|お気軽に|キャンペーン|特典|割引|クーポン|お買い|カートに|ログイン|サインイン|エントリー/,
  /**
   * Acts that are calls to action only about the site itself (「この記事をシェア」「Twitterでフォロー」「登録はこちら」);
   * about work they are steps (「連絡先を登録しておく」「新人をフォローする」「ソフトをインストールする」「求人に応募する」).
   */
  siteAct: /登録|クリック|タップ|ダウンロード|インストール|フォロー|シェア|コメント|購入|応募(?!書類|先|者|企業|動機|資格|条件|職種)/,
  siteObject: /記事|当サイト|本サイト|サイト|ブログ|メルマガ|ニュースレター|公式|Twitter|ツイッター|Ｘ|X\(|Instagram|インスタ|Facebook|YouTube|チャンネル|ボタン|バナー|リンク|ページ|下の|以下の|下記の|会員|アカウント|(?<!社内)SNS|アプリ|フォーム|欄/,
  /** A clause (up to 、) that gives a reason, a purpose, a contrast or the reader's situation, never part of the to-do (〜ので、〜ため、〜するには、〜ますが、〜けど、〜てもいいし、〜のであれば、). */
  sideClause: /(?:ので|のであれば|のなら|ため|ために|ためには|ためにも|(?<=[うくぐすつぬぶむる])には|(?:[うくぐすつぬぶむるたいだ]|です|ます)から|けど|けれど|けれども|ものの|のに|(?:[るたいだ]|です|ます|ません)が|(?:[いだ]|です|ます)し)$/,
  /** A purpose set as a label (「規則を守らせるには : 範囲を絞る」): read like the clause 「〜には、」 (a side clause). */
  purposeLabel: /^([^、:：]+?[うくぐすつぬぶむる]には)\s*[:：]\s*/,
  /** A clause that says when a to-do applies (〜場合は, 〜たら, 〜時は, 〜際には). */
  conditionClause: /(?:場合|時|とき|際)(?:に)?は$|[たっ]ら$/,
  /** A clause that runs on into the next one (continuative verb 渡り／集め／して, or a nominalised subject 〜のは). */
  chainedClause: /(?:[いきぎしちびみりえけげせねべめれ]|[^ではにを]て|(?:の|こと)[はも])$/,
  /** A clause that ends on a verb's continuative stem after its object (「弁護士に任せ」「資料を準備し」): a step that goes on. */
  continuativeClause: /[をにへ][^、]*?(?:[\u3400-\u9fff\u30a0-\u30ff]{2}し|[\u3400-\u9fff][えけげせてねべめれ]|[\u3400-\u9fff](?:[いきぎちびみり]|し))$/,
  /** A clause that opens on a topic of its own (「あなたは」「当日は」): a second step. */
  newTopic: /^(?:あなた|自分|ご自身|自身|当日|その後|後日|本番|[\u3400-\u9fff]{1,4}(?:中|後|前|日|時|回))(?:は|には|では)/,
  /** A 、 right after を splits an object from its own verb: never cut a to-do there. */
  objectComma: /を$/,
  /** A label that stops on a verbal noun after a particle or adverb (「姿勢を正して着座」「必ず挨拶」): add する. */
  nounStopLabel: /^.*(?:[をへてずく]|[^のがは]に|には|では|で|と)([\u3400-\u9fff]{2})$/,
  /** Two-kanji words that are adjectives or plain nouns, not actions (「〜には必要」 is no 「必要する」). */
  notVerbalNoun: /^(?:必要|重要|大切|大事|不要|可能|簡単|危険|安全|有効|便利|大変|無理|十分|丁寧|正確|適切|自由|同様|一緒|問題|理由|原因|結果|方法|目的|基本|大丈夫|最適|最高|最悪|必須|有利|不利|以上|以下|程度|場合|時間|自分|相手)$/,
  /** Numbering and bullets before a heading or item (「1.」「１．」「①」「STEP2」「その1」「【ポイント3】」「▶」). */
  numbering: /^(?:(?:step|point|ステップ|その|ポイント|コツ|方法|手順|ルール)\s*[0-9０-９]+\s*[:：.．、)）]?|[0-9０-９]+\s*[.．、)）:：]|[（(][0-9０-９]+[)）]|[①-⑳❶-❿⑴-⒇]|[■□●○◆◇▼▽★☆・※✓✔→▶▷►◎✅☑]|第[0-9０-９]+[章節]?|【[^】]*[0-9０-９][^】]*】)\s*/i,
  /** Conjecture that looks like a hortative (「〜といえよう」「考えられよう」「〜であろう」). */
  conjecture: /(?:[言い云]えよう|られよう|されよう|思えよう|見えよう|であろう|だろう)$/,
  /** The writer's own act (「私は…」, 「付記しておく」): a report about the author, not a to-do for the reader. */
  authorAct: /^(?:.*[、\s])?(?:私|僕|ぼく|俺|わたし|筆者)(?:は|が|も)|(?:付記|追記|補足|注記|明記|断っ|言っ|述べ)て?おく$/,
  /** A sentence led by a bad-example label (「NG例：「ちょっと待ってください」」「×：…」): what not to say or do, never a to-do as it stands. */
  badExample: /^(?:NG|ＮＧ|悪い|ダメな?|だめな?|失敗|間違い|誤り)(?:例|パターン)?\s*[:：]|^[×✕✖]/,
  /** A whole sentence in 「…。」 or 「…ください／ます」: someone's words quoted, not the writer's advice (a plain to-do in 「」 is emphasis). */
  quotedSpeech: /^[「『][^「」『』]*(?:[。！？]|ください|下さい|ます|です)[」』]$/,
  /**
   * A to-do that is a bare verb (「意識する」「確認する」「保存しておく」): its object sat in an earlier sentence. A lead of
   * when to start adds nothing (「今日から実践する」: a closing exhortation).
   */
  bareVerb: /^(?:(?:今日|明日|今|これ|日頃|普段)から|今すぐ|さっそく|早速)?、?[\u3400-\u9fff]{1,3}(?:する|[うくぐすつぬぶむる]|[し\u3040-\u309f]?[てで]おく)$/,
  /** The reader named in their own to-do (「あなたは」「あなたの」「あなたなりの」): a to-do is always the reader's. */
  readerPronoun: /^あなたは、?|あなた(?:なりの|の|が)/g,
  /** Wordy frames said shorter: a topic 「〜に関しては／〜については」 is 「〜は」, a tool 「〜を使って／〜を用いて」 is 「〜で」 (「ボールペンを使って記入する」→「ボールペンで記入する」), not before みる／おく／いく. */
  wordyTopic: /(?:に関して|について)は/g,
  wordyTool: /を(?:使って|用いて)(?![みおいはも])/g,
  /** Hedges on how far to go (「できる限り保存しておく」→「保存しておく」): the to-do is the act. */
  hedge: /(?:できる限り|出来る限り|できるだけ|出来るだけ|可能な限り|なるべく)、?/g,
  /**
   * Plain clauses chained as steps, each acting on an object (「辞書を作り、使う単語を明記し、表現の統一を図る」): a
   * procedure, however long, not a statement (group: every clause has を; all but the last end on a continuative stem).
   */
  stepChain: /^(?:[^、]*を[^、]*(?:[いきぎしちびみりえけげせてねべめれ])、)+[^、]*を[^、]*(?:する|[うくぐすつぬぶむる])$/,
  /** A sentence whose topic points back (「これらの資料は…集めましょう」): what to act on is in earlier sentences, so its to-do says nothing alone. */
  anaphoricTopic: /^(?:これら|それら|あれら)(?:の|は|を|も)/,
  /** A to-do that opens on a demonstrative place or point (「そこへ応募する」「その点注意する」「この点について伝える」): meaningless alone. */
  demonstrativeLead: /^(?:そこ[へにでを]|[そこ]の点|それ[をに]|これ[をに]|[そこ]うす)/,
  /** A sentence that asks or reports, not directs (question marks, past tense reports). */
  question: /[?？]$|(?:でしょうか|ますか|ですか|のか|かな)$/,
} as const;

// ---- Page detection (advice-gate / verdict owner): kept apart from the item rules above. ----
export const JA_DETECT = {
  /** Titles of advisories and warnings (注意喚起, ご注意ください, 気をつけたい): they tell the reader what to do. */
  advisoryTitle: /注意喚起|ご注意|ご用心|気をつけ|気を付け|注意すべき|注意しましょう|しないで/,
  /** Calls to action in link text (詳しくはこちら, もっと見る) — product and landing pages repeat them. */
  callToActionLink: /詳しく(?:は|見る)|もっと見る|こちら|今すぐ|無料で|ダウンロード|申し込|購入/,
} as const;
