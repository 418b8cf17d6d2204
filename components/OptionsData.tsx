import { db } from '../db/database';
import { OWN_ARTICLE_ID } from '../db/own-todos';
import { OPTIONS } from '../lib/strings/options';
import { useLiveQuery } from '../lib/use-live-query';
import { usePersistentStorage } from '../lib/use-persistent-storage';
import { OptionsExport } from './OptionsExport';
import { OptionsImport } from './OptionsImport';

/** Live to-dos and the articles they come from ("My to-dos" is no article). */
async function countStored(): Promise<{ todos: number; articles: number }> {
  const [todos, articles] = await Promise.all([
    db.todos.filter((t) => t.deletedAt === undefined).count(),
    db.articles.filter((a) => a.deletedAt === undefined && a.id !== OWN_ARTICLE_ID).count(),
  ]);
  return { todos, articles };
}

function persistText(granted: boolean | undefined): string {
  if (granted === undefined) return OPTIONS.persistUnknown;
  return granted ? OPTIONS.persistGranted : OPTIONS.persistDenied;
}

/** How much is stored and whether the browser keeps it, then export and import. */
export function OptionsData() {
  const counts = useLiveQuery(countStored);
  const persisted = usePersistentStorage();
  return (
    <section class="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{OPTIONS.dataHeading}</h2>
      <p class="counts" data-testid="counts">
        {counts ? OPTIONS.counts(counts.todos, counts.articles) : OPTIONS.countsLoading}
      </p>
      <p class="hint" data-persisted={persisted === undefined ? 'unknown' : String(persisted)}>
        {persistText(persisted)}
      </p>
      <OptionsExport />
      <OptionsImport />
    </section>
  );
}
