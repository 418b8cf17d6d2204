// What the popup loads after its first screen is drawn (issue 7, popup first render): Dexie and
// the database (most of the popup's code), the queries and writes run on it, and the views that
// only open on a click (they write through the database). One chunk, loaded by ./deferred.ts.
export { liveQuery } from 'dexie';
export { hasLiveTodos, listGroups, searchGroups } from '../db/article-groups';
export { db } from '../db/database';
export { addPageAsTodo } from '../db/own-todos';
export { setDone } from '../db/todos';
export { deleteArticle, restoreArticle } from '../db/trash';
export { AddTodoForm } from './AddTodoForm';
export { TodoDetails } from './TodoDetails';
export { TodoEditor } from './TodoEditor';
