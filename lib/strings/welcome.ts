import { followTable } from '../i18n/current-locale';
import { formatCount, plural } from '../i18n/format-count';
import type { Localized } from '../i18n/locale';

// Every user-visible string of the welcome page (and of its auto-capture controls, which the
// options page reuses), in each language (how to add one: lib/i18n/current-locale.ts).

const en = {
  pageTitle: 'Welcome to Actionable',
  heading: 'Welcome to Actionable',
  intro: [
    'Actionable can notice when a page you read is career or work advice, and save the things it tells you to do as a to-do list.',
    'It reads pages only on the sites you allow, right here in your browser. Nothing is ever sent anywhere.',
    'Without your permission, only “Capture this page” in the toolbar menu works — on the page you are looking at, when you ask.',
  ],
  choiceHeading: 'Where may Actionable look for advice?',
  allSites: 'On all sites',
  allSitesHint: 'Your browser will ask you to allow Actionable to read pages on all websites.',
  chosenSites: 'Only on sites I add',
  chosenSitesHint: 'Your browser will ask for each site as you add it.',
  turnOff: 'Turn auto-capture off',
  statusOff: 'Auto-capture is off. “Capture this page” still works.',
  statusAll: 'Auto-capture is on for all sites.',
  statusChosen: (n: number) => `Auto-capture is on for ${plural(n, 'site', 'sites')}.`,
  statusPaused: 'Auto-capture is paused.',
  declined: 'Permission was not given, so auto-capture stays off.',
  addSiteLabel: 'Add a site',
  addSitePlaceholder: 'example.com',
  addSite: 'Add',
  badSite: 'That does not look like a website address.',
  removeSite: (site: string) => `Remove ${site}`,
  chosenListHeading: 'Sites you added',
  blockedListHeading: 'Never on these sites',
  unblockSite: (site: string) => `Allow ${site} again`,
  optionsHeading: 'More choices',
  scopeLegend: 'What to capture',
  scopeCareer: 'Career and work advice',
  scopeAll: 'Any advice',
  showNotice: 'Show a small notice on the page after a capture',
  captureInPrivate: 'Also capture in private windows',
  captureInPrivateHint: 'Your browser must allow Actionable in private windows too (see its extension settings).',
};

const ja: typeof en = {
  pageTitle: 'Actionable へようこそ',
  heading: 'Actionable へようこそ',
  intro: [
    'Actionable は、読んでいるページがキャリアや仕事に関するアドバイスだと判断すると、そこに書かれた「やること」を ToDo リストとして保存します。',
    'ページを読むのは許可したサイトだけで、処理はすべてこのブラウザの中で行います。データが外部に送られることは一切ありません。',
    '許可しない場合は、ツールバーのメニューにある「このページを取り込む」だけが使えます。表示中のページを、操作したときにだけ読み取ります。',
  ],
  choiceHeading: 'どのサイトでアドバイスを探しますか？',
  allSites: 'すべてのサイト',
  allSitesHint: 'すべてのウェブサイトでページの読み取りを許可するよう、ブラウザが確認します。',
  chosenSites: '追加したサイトのみ',
  chosenSitesHint: 'サイトを追加するたびに、ブラウザが許可を確認します。',
  turnOff: '自動取り込みをオフにする',
  statusOff: '自動取り込みはオフです。「このページを取り込む」は引き続き使えます。',
  statusAll: 'すべてのサイトで自動取り込みがオンです。',
  statusChosen: (n) => `${formatCount(n)} 件のサイトで自動取り込みがオンです。`,
  statusPaused: '自動取り込みは停止中です。',
  declined: '許可されなかったため、自動取り込みはオフのままです。',
  addSiteLabel: 'サイトを追加',
  addSitePlaceholder: 'example.com',
  addSite: '追加',
  badSite: 'ウェブサイトのアドレスではないようです。',
  removeSite: (site) => `${site} を削除`,
  chosenListHeading: '追加したサイト',
  blockedListHeading: '取り込まないサイト',
  unblockSite: (site) => `${site} を再び許可`,
  optionsHeading: 'その他の設定',
  scopeLegend: '取り込む内容',
  scopeCareer: 'キャリア・仕事のアドバイス',
  scopeAll: 'あらゆるアドバイス',
  showNotice: '取り込み後、ページに小さなお知らせを表示する',
  captureInPrivate: 'プライベートウィンドウでも取り込む',
  captureInPrivateHint: 'ブラウザ側でも、プライベートウィンドウでの Actionable の実行を許可する必要があります（拡張機能の設定をご確認ください）。',
};

export const WELCOME_TABLE: Localized<typeof en> = { en, ja };
/** The welcome page's strings in the current language (a live binding: setLocale() switches it). */
export let WELCOME = en;
followTable(WELCOME_TABLE, (table) => {
  WELCOME = table;
});
