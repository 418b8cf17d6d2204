import { articleGroups } from '../db/article-groups';
import { db } from '../db/database';
import { useLiveQuery } from '../lib/use-live-query';
import { ArticleGroupView } from './ArticleGroupView';
import { AutoCaptureSwitch } from './AutoCaptureSwitch';
import { CaptureButton } from './CaptureButton';

/** The toolbar popup: capture controls on top, the to-do list below, live from the database. */
export function Popup() {
  const groups = useLiveQuery(() => articleGroups(db));
  return (
    <main class="popup" aria-busy={groups === undefined}>
      <header class="bar">
        <h1>Actionable</h1>
        <CaptureButton />
        <AutoCaptureSwitch />
      </header>
      {groups === undefined ? null : groups.length === 0 ? (
        <p class="empty">
          Actionable turns the advice you read into to-dos. Open an advice article and press “Capture this page”, or
          turn on auto-capture.
        </p>
      ) : (
        <div class="groups">
          {groups.map((group) => (
            <ArticleGroupView key={group.article.id} group={group} />
          ))}
        </div>
      )}
    </main>
  );
}
