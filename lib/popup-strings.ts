/**
 * Every word the popup shows, in one place, so a later issue can swap in translations (i18n)
 * without touching components. Functions take the numbers that make a phrase plural.
 */
export const strings = {
  appName: 'Actionable',
  // Capture
  capture: 'Capture this page',
  capturing: 'Capturing…',
  added: (n: number) => (n === 1 ? '1 to-do added' : `${n} to-dos added`),
  alreadySaved: (total: number) => `Already saved — no new to-dos (${total} in the list)`,
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
  doneCount: (done: number, total: number) => `${done} / ${total} done`,
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
  save: 'Save',
  cancel: 'Cancel',
  due: 'Due',
  dueOn: (date: string) => `Due ${date}`,
  overdue: (date: string) => `Overdue since ${date}`,
  clearDue: 'Clear due date',
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
  withTodos: (n: number) => (n === 1 ? 'with 1 to-do' : `with ${n} to-dos`),
  fromArticle: (title: string) => `from ${title}`,
  // First run
  welcomeTitle: 'Turn advice into action',
  welcome:
    'Actionable picks out the concrete things an advice article tells you to do and keeps them here as a to-do list. ' +
    'Everything stays on this computer: no account, no server.',
  welcomeHow: 'Open an article and press “Capture this page”, or let Actionable capture advice as you read:',
  autoCapture: 'Auto-capture advice while I browse',
} as const;
