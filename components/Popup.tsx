import { useEffect, useState } from 'preact/hooks';
import type { TodoFilter } from '../db/article-groups';
import { loadCollapsed, saveCollapsed } from '../lib/collapsed-articles';
import { PAGE_SIZE, type FirstScreen } from '../lib/popup-first-screen';
import { strings } from '../lib/popup-strings';
import { followTheme } from '../lib/theme';
import { AutoCaptureSwitch } from './AutoCaptureSwitch';
import { PauseControl } from './PauseControl';
import { CaptureButton } from './CaptureButton';
import { deferredView } from './deferred';
import { EmptyState } from './EmptyState';
import { FilterTabs } from './FilterTabs';
import { Icon } from './Icon';
import { OptionsButton } from './OptionsButton';
import { SearchBox } from './SearchBox';
import { TodoList } from './TodoList';
import { lazyComponent } from './lazy-component';
import { UndoContext } from './undo-context';
import { UndoToast, type UndoOffer } from './UndoToast';
import { useDeferredLiveQuery } from './use-deferred-live-query';

/** The trash: only some openings show it, so its code loads when it is first shown. */
const TrashView = lazyComponent(() => import('./TrashView').then((m) => m.TrashView));
/** Writes through the database, which loads after the first screen (./deferred.ts). */
const AddTodoForm = deferredView((m) => m.AddTodoForm);

/**
 * The toolbar popup: capture on top, then search, filters and the live list (or the trash).
 * `first`: the first page and collapsed groups, asked for before the popup was drawn.
 */
export function Popup({ first }: { first?: FirstScreen }) {
  const [view, setView] = useState<'list' | 'trash'>('list');
  const [filter, setFilter] = useState<TodoFilter>('open');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [adding, setAdding] = useState(false);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => first?.collapsed ?? loadCollapsed());
  const [offer, setOffer] = useState<UndoOffer | undefined>(undefined);
  // The theme chosen in options (data-theme on <html>), followed live.
  useEffect(() => followTheme(), []);

  const searching = query.trim() !== '';
  const page = useDeferredLiveQuery(
    ({ db, searchGroups, listGroups }) =>
      searching ? searchGroups(db, query, { filter, keep: kept }) : listGroups(db, { filter, limit, keep: kept }),
    [query, filter, limit, kept],
    first?.page,
  );
  // Whether there is anything at all only matters when the list comes back empty (first run or
  // all deleted): asked then, not as a second query racing the list's before the first paint.
  const empty = page !== undefined && page.groups.length === 0;
  const anything = useDeferredLiveQuery(empty ? ({ db, hasLiveTodos }) => hasLiveTodos(db) : undefined, [empty]);
  const firstRun = empty && anything === false;

  const collapse = (articleId: string, value: boolean) => {
    const next = new Set(collapsed);
    if (value) next.add(articleId);
    else next.delete(articleId);
    setCollapsed(next);
    saveCollapsed(next);
  };
  const changeFilter = (next: TodoFilter) => {
    setFilter(next);
    setKept(new Set());
    setLimit(PAGE_SIZE);
  };

  return (
    <UndoContext.Provider value={(message, undo) => setOffer({ id: Date.now(), message, undo })}>
      <main class="popup" aria-busy={page === undefined || (empty && anything === undefined)}>
        <header class="bar">
          <div class="title-row">
            <img class="logo" src="/icon/32.png" width={20} height={20} alt="" />
            <h1>{strings.appName}</h1>
            {view === 'list' ? (
              <>
                <button type="button" class="icon-button" onClick={() => setView('trash')} aria-label={strings.trash} title={strings.trash}>
                  <Icon name="trash" />
                </button>
                <OptionsButton />
              </>
            ) : (
              <button type="button" class="secondary back" onClick={() => setView('list')}>
                <Icon name="back" size={14} />
                {strings.backToList}
              </button>
            )}
          </div>
          <CaptureButton />
        </header>
        {view === 'trash' ? (
          <section class="content" aria-label={strings.trash}>
            <h2 class="view-title">{strings.trash}</h2>
            <TrashView />
          </section>
        ) : firstRun ? (
          <EmptyState />
        ) : (
          <section class="content" aria-label={strings.appName}>
            <div class="toolbar">
              <SearchBox value={query} onChange={setQuery} />
              <button
                type="button"
                class="icon-button add-toggle"
                aria-expanded={adding}
                aria-label={strings.addTodo}
                title={strings.addTodo}
                onClick={() => setAdding(!adding)}
              >
                <Icon name="plus" />
              </button>
            </div>
            {adding && <AddTodoForm label={strings.addTodo} autoFocus />}
            <FilterTabs value={filter} onChange={changeFilter} />
            {page && page.groups.length === 0 && (
              <p class="empty-list">{searching ? strings.noMatches(query.trim()) : strings.nothingHere[filter]}</p>
            )}
            {page && (
              <TodoList
                page={page}
                collapsed={collapsed}
                onCollapse={collapse}
                onChecked={(id) => setKept(new Set(kept).add(id))}
                onMore={() => setLimit(limit + PAGE_SIZE)}
              />
            )}
          </section>
        )}
        {!firstRun && view === 'list' && (
          <footer class="footer">
            <AutoCaptureSwitch />
            <PauseControl />
          </footer>
        )}
        <UndoToast offer={offer} onDone={() => setOffer(undefined)} />
      </main>
    </UndoContext.Provider>
  );
}
