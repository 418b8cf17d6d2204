import { afterEach, describe, expect, it } from 'vitest';
import { storeCapture } from '../../db/store-capture';
import { editText, setDone } from '../../db/todos';
import { makeCapture } from '../helpers/capture-factory';
import { makeReplicas, settle, syncRound, userView, type Replica } from './replicas';

let open: Replica[] = [];
afterEach(async () => {
  for (const r of open) await r.db.delete();
  open = [];
});

describe('a sync round running while the user works', { timeout: 30_000 }, () => {
  it('never loses an edit or a capture made while it reads, merges and writes', async () => {
    const world = makeReplicas(2);
    open = world.replicas;
    const { clock, cloud, replicas } = world;
    const [a, b] = replicas as [Replica, Replica];
    await storeCapture(a.db, makeCapture(['記録を残す', '上司への報告', '冷静さを保つ']));
    await settle(replicas, cloud, clock);
    const byText = async (r: Replica, text: string) => (await r.db.todos.filter((t) => t.text === text).first())!.id;
    await setDone(b.db, await byText(b, '記録を残す'), true);
    await syncRound(b);
    cloud.deliver();
    // A merges B's check while A's user edits, checks and captures at the same moment.
    const [report, keep] = [await byText(a, '上司への報告'), await byText(a, '冷静さを保つ')];
    const round = syncRound(a);
    await Promise.all([
      editText(a.db, report, '上司に報告する'),
      setDone(a.db, keep, true),
      storeCapture(a.db, makeCapture(['Ask for feedback'], { url: 'https://example.org/x', canonicalUrl: '' })),
      round,
    ]);
    await settle(replicas, cloud, clock);
    const view = await userView(a.db);
    expect(await userView(b.db)).toEqual(view);
    expect(view.todos.map((t) => [t.text, t.done]).sort()).toEqual(
      [['Ask for feedback', 0], ['上司に報告する', 0], ['冷静さを保つ', 1], ['記録を残す', 1]].sort(),
    );
  });
});
