import { followTable, type Tables } from './i18n/current-locale';
import { formatCount, plural } from './i18n/format-count';

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

export type PopupStrings = typeof en;
/** Japanese loads only when chosen: the popup's bundle has a size budget (tests/size-budget.test.ts). */
export const POPUP_TABLE: Tables<PopupStrings> = { en, ja: () => import('./strings/ja/popup').then((m) => m.POPUP_JA) };
/** The popup's strings in the current language (a live binding: setLocale() switches it). */
export let strings = en;
followTable(POPUP_TABLE, (table) => {
  strings = table;
});
