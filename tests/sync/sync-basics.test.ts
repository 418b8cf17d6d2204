import { describe, expect, it } from 'vitest';
import { articleIdFor } from '../../db/article-id';
import { addOwnTodo, OWN_ARTICLE_ID } from '../../db/own-todos';
import { storeCapture } from '../../db/store-capture';
import { editText, setDone, setDue } from '../../db/todos';
import { deleteArticle, deleteTodo, emptyTrash, restoreArticle, restoreTodo } from '../../db/trash';
import { makeCapture } from '../helpers/capture-factory';
import { replicasDeletedAfterEach, settle, userView, type Replica } from './replicas';

const SEED = ['記録を残す', '上司への報告', '社内規定の確認', '冷静さを保つ'];
const PAGE = 'https://example.com/advice/1';

const setup = replicasDeletedAfterEach();

async function todoByText(r: Replica, text: string) {
  const todo = await r.db.todos.filter((t) => t.text === text).first();
  if (!todo) throw new Error(`${r.name} has no to-do "${text}"`);
  return todo;
}

describe('sync between browsers', { timeout: 30_000 }, () => {
  it('brings a capture from one browser to another, then edits both ways, to identical lists', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, makeCapture(SEED));
    await settle(replicas, cloud, clock);
    expect(await b.db.todos.count()).toBe(4);
    expect((await b.db.articles.get(articleIdFor(PAGE)))?.title).toBe('電話を切られたときの対処法');

    await setDone(b.db, (await todoByText(b, '記録を残す')).id, true);
    await editText(a.db, (await todoByText(a, '上司への報告')).id, '上司に報告する');
    await setDue(a.db, (await todoByText(a, '冷静さを保つ')).id, Date.UTC(2027, 0, 5));
    await deleteTodo(b.db, (await todoByText(b, '社内規定の確認')).id);
    await settle(replicas, cloud, clock);

    const view = await userView(a.db);
    expect(await userView(b.db)).toEqual(view);
    const byKey = new Map(view.todos.map((t) => [t.key, t]));
    expect(byKey.get('記録を残す')?.done).toBe(1);
    expect(byKey.get('上司への報告')?.text).toBe('上司に報告する');
    expect(byKey.get('冷静さを保つ')?.dueAt).toBe(Date.UTC(2027, 0, 5));
    expect(byKey.get('社内規定の確認')?.deletedAt).toBeGreaterThan(0);
    expect(view.todos).toHaveLength(4);
  });

  it('merges the same page captured in two browsers into one article with no duplicate to-dos', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, makeCapture(SEED.slice(0, 3)));
    await storeCapture(b.db, makeCapture([...SEED.slice(1), 'コミュニケーションスキル'], { url: `${PAGE}#x` }));
    await setDone(b.db, (await todoByText(b, '社内規定の確認')).id, true);
    await settle(replicas, cloud, clock);
    const view = await userView(a.db);
    expect(await userView(b.db)).toEqual(view);
    expect(view.articles).toHaveLength(1);
    expect(view.todos.map((t) => t.key).sort()).toEqual([...SEED, 'コミュニケーションスキル'].sort());
    expect(view.todos.find((t) => t.key === '社内規定の確認')?.done).toBe(1);
  });

  it('turning sync on with data on both sides merges: nothing is replaced or lost', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, makeCapture(SEED));
    await addOwnTodo(a.db, 'Update my resume');
    await storeCapture(b.db, makeCapture(['Ask for feedback'], { url: 'https://example.org/x', canonicalUrl: '' }));
    await addOwnTodo(b.db, 'Call the recruiter');
    await settle(replicas, cloud, clock);
    const view = await userView(a.db);
    expect(await userView(b.db)).toEqual(view);
    expect(view.todos).toHaveLength(7);
    expect(view.todos.filter((t) => t.articleId === OWN_ARTICLE_ID).map((t) => t.text).sort()).toEqual(['Call the recruiter', 'Update my resume']);
  });

  it('deletes for good stay deleted (empty trash), and a whole article trashed travels with its to-dos', async () => {
    const { clock, cloud, replicas } = setup(2);
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, makeCapture(SEED));
    await settle(replicas, cloud, clock);
    await deleteTodo(a.db, (await todoByText(a, '記録を残す')).id);
    await emptyTrash(a.db);
    await settle(replicas, cloud, clock);
    expect(await b.db.todos.count()).toBe(3);
    expect(await b.db.todos.filter((t) => t.key === '記録を残す').count()).toBe(0);

    await deleteArticle(b.db, articleIdFor(PAGE));
    await settle(replicas, cloud, clock);
    expect((await a.db.articles.get(articleIdFor(PAGE)))?.deletedAt).toBeGreaterThan(0);
    expect(await a.db.todos.filter((t) => t.deletedAt === undefined).count()).toBe(0);
    await restoreArticle(a.db, articleIdFor(PAGE));
    await settle(replicas, cloud, clock);
    expect(await b.db.todos.filter((t) => t.deletedAt === undefined).count()).toBe(3);
    expect(await userView(b.db)).toEqual(await userView(a.db));

    // The one deleted for good does not come back with a re-capture's merge elsewhere.
    await restoreTodo(b.db, (await todoByText(b, '上司への報告')).id);
    await settle(replicas, cloud, clock);
    expect(await a.db.todos.filter((t) => t.key === '記録を残す').count()).toBe(0);
  });
});
