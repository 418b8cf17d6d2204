import { onLocale } from './i18n/current-locale';
import { formatCount, plural } from './i18n/format-count';
import type { Localized } from './i18n/locale';

// Every word the popup shows, in each language (how to add one: lib/i18n/current-locale.ts).
// Functions take the numbers that make a phrase plural, and the titles it quotes.

const en = {
  appName: 'Actionable',
  // Capture
  capture: 'Capture this page',
  capturing: 'Capturing…',
  added: (n: number) => `${plural(n, 'to-do', 'to-dos')} added`,
  alreadySaved: (total: number) => `Already saved — no new to-dos (${formatCount(total)} in the list)`,
  noneFound: 'No action items found here',
  addPage: 'Add this page as a to-do',
  pageAdded: 'This page was added as a to-do',
  cantCapture: "This page can't be captured",
  unreachable: "Actionable couldn't reach this page. Try reloading it.",
  // Search and filters
  search: 'Search to-dos',
  searchHint: 'Search (press /)',
  filterLabel: 'Show',
  filters: { open: 'Open', done: 'Done', all: 'All' },
  // List
  myTodos: 'My to-dos',
  doneCount: (done: number, total: number) => `${formatCount(done)} / ${formatCount(total)} done`,
  collapse: (title: string) => `Collapse ${title}`,
  expand: (title: string) => `Expand ${title}`,
  showMore: 'Show more',
  noMatches: (query: string) => `No to-dos match “${query}”.`,
  nothingHere: { open: 'Nothing left to do. Nice work.', done: 'Nothing checked off yet.', all: 'No to-dos yet.' },
  // One to-do
  details: (text: string) => `Details for ${text}`,
  source: 'From the article',
  openInArticle: 'Open in article',
  edit: 'Edit',
  editLabel: 'Edit to-do',
  cancel: 'Cancel',
  due: 'Due',
  dueOn: (date: string) => `Due ${date}`,
  overdue: (date: string) => `Overdue since ${date}`,
  delete: 'Delete',
  deleteArticle: (title: string) => `Delete ${title} and its to-dos`,
  // Adding
  addTodo: 'Add a to-do',
  addTodoTo: (title: string) => `Add a to-do to ${title}`,
  addPlaceholder: 'Add your own to-do…',
  add: 'Add',
  duplicate: 'That to-do is already in the list.',
  // Undo and trash
  deletedTodo: (text: string) => `Deleted “${text}”`,
  deletedArticle: (title: string) => `Deleted “${title}”`,
  undo: 'Undo',
  trash: 'Trash',
  backToList: 'Back to the list',
  trashEmpty: 'The trash is empty.',
  restore: 'Restore',
  emptyTrash: 'Empty trash',
  confirmEmpty: 'Delete everything in the trash for good?',
  confirmEmptyYes: 'Delete for good',
  withTodos: (n: number) => `with ${plural(n, 'to-do', 'to-dos')}`,
  fromArticle: (title: string) => `from ${title}`,
  // First run
  welcomeTitle: 'Turn advice into action',
  welcome:
    'Actionable picks out the concrete things an advice article tells you to do and keeps them here as a to-do list. ' +
    'Everything stays on this computer: no account, no server.',
  welcomeHow: 'Open an article and press “Capture this page”, or let Actionable capture advice as you read:',
  autoCapture: 'Auto-capture advice while I browse',
};

const ja: typeof en = {
  appName: 'Actionable',
  capture: 'このページを取り込む',
  capturing: '取り込んでいます…',
  added: (n) => `${formatCount(n)} 件の ToDo を追加しました`,
  alreadySaved: (total) => `保存済みです。新しい ToDo はありません（リストに ${formatCount(total)} 件）`,
  noneFound: 'このページにはやることが見つかりませんでした',
  addPage: 'このページを ToDo として追加',
  pageAdded: 'このページを ToDo として追加しました',
  cantCapture: 'このページは取り込めません',
  unreachable: 'このページにアクセスできませんでした。ページを再読み込みしてお試しください。',
  search: 'ToDo を検索',
  searchHint: '検索（/ キー）',
  filterLabel: '表示',
  filters: { open: '未完了', done: '完了', all: 'すべて' },
  myTodos: '自分の ToDo',
  doneCount: (done, total) => `${formatCount(total)} 件中 ${formatCount(done)} 件完了`,
  collapse: (title) => `「${title}」を折りたたむ`,
  expand: (title) => `「${title}」を展開`,
  showMore: 'さらに表示',
  noMatches: (query) => `「${query}」に一致する ToDo はありません。`,
  nothingHere: { open: 'やることはすべて完了しました。お疲れさまでした。', done: '完了した ToDo はまだありません。', all: 'ToDo はまだありません。' },
  details: (text) => `「${text}」の詳細`,
  source: '記事の該当箇所',
  openInArticle: '記事で開く',
  edit: '編集',
  editLabel: 'ToDo を編集',
  cancel: 'キャンセル',
  due: '期日',
  dueOn: (date) => `期日 ${date}`,
  overdue: (date) => `期限切れ（${date}）`,
  delete: '削除',
  deleteArticle: (title) => `「${title}」とその ToDo を削除`,
  addTodo: 'ToDo を追加',
  addTodoTo: (title) => `「${title}」に ToDo を追加`,
  addPlaceholder: '自分で ToDo を追加…',
  add: '追加',
  duplicate: 'その ToDo はすでにリストにあります。',
  deletedTodo: (text) => `「${text}」を削除しました`,
  deletedArticle: (title) => `「${title}」を削除しました`,
  undo: '元に戻す',
  trash: 'ゴミ箱',
  backToList: 'リストに戻る',
  trashEmpty: 'ゴミ箱は空です。',
  restore: '復元',
  emptyTrash: 'ゴミ箱を空にする',
  confirmEmpty: 'ゴミ箱の中身をすべて完全に削除しますか？',
  confirmEmptyYes: '完全に削除',
  withTodos: (n) => `ToDo ${formatCount(n)} 件`,
  fromArticle: (title) => `「${title}」より`,
  welcomeTitle: 'アドバイスを行動に',
  welcome:
    'Actionable は、アドバイス記事に書かれた具体的な「やること」を抜き出し、ここに ToDo リストとして残します。' +
    'データはすべてこのコンピューターの中だけ。アカウントもサーバーも不要です。',
  welcomeHow: '記事を開いて「このページを取り込む」を押すか、読んでいるアドバイスを自動で取り込むこともできます：',
  autoCapture: '閲覧中のアドバイスを自動で取り込む',
};

export const POPUP_TABLE: Localized<typeof en> = { en, ja };
/** The popup's strings in the current language (a live binding: setLocale() switches it). */
export let strings = en;
onLocale((locale) => {
  strings = POPUP_TABLE[locale];
});
