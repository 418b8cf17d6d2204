// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyCaptured } from '../../components/WhyCaptured';
import { reason } from '../../core/reason';
import { setLocale } from '../../lib/i18n/current-locale';
import { reasonText, type ReasonStrings } from '../../lib/reason-text';
import { WHY_TABLE } from '../../lib/strings/why-captured';

/**
 * Issue #6, "no string left hard-coded": the detector's reasons are stored as codes with their
 * values (core/reason.ts) and phrased in the chosen language when shown; sentences stored by
 * older versions (and backups, sync records) are shown as they were stored.
 */

const EN: ReasonStrings = WHY_TABLE.en.reasons;
const JA: ReasonStrings = WHY_TABLE.ja.reasons;

afterEach(async () => {
  cleanup();
  await setLocale('en');
});

describe('reasonText', () => {
  it('phrases each code with its values, numbers formatted, in both languages', () => {
    expect(reasonText(reason('items', 5, 'list,heading'), EN)).toBe('5 things to do found (list items, headings).');
    expect(reasonText(reason('items', 5, 'list,heading'), JA)).toBe('すること 5 件（箇条書き、見出し）。');
    expect(reasonText(reason('items', 1, 'sentence'), EN)).toBe('1 thing to do found (sentences).');
    expect(reasonText(reason('items', 0, ''), EN)).toBe('0 things to do found (none).');
    expect(reasonText(reason('items', 0, ''), JA)).toBe('すること 0 件（なし）。');
    expect(reasonText(reason('markers', 1234, 2000), EN)).toBe('1,234 advice phrases in the first 2,000 characters of the main text.');
    expect(reasonText(reason('markers', 1234, 2000), JA)).toBe('本文の最初の 2,000 文字に助言の言い回しが 1,234 個。');
    expect(reasonText(reason('points', 4, 3), EN)).toBe('Scored 4 points; an advice article needs 3.');
    expect(reasonText(reason('points', 4, 3), JA)).toBe('4 点（助言記事には 3 点が必要）。');
    expect(reasonText(reason('career', 1, 12, '3.5'), JA)).toBe('仕事の語がタイトルに 1 個、本文に 12 個（1,000 文字あたり 3.5 個）。');
    expect(reasonText(reason('selected'), JA)).toBe('選択したテキストです。');
    expect(reasonText(reason('main', 'article'), JA)).toBe('本文の見つけ方: article 要素。');
  });

  it('keeps the last value whole, even with colons in it (a title, an error message)', () => {
    expect(reasonText(reason('title', 'Interview: 5 tips: part 2'), EN)).toBe('The title or headline reads like advice (“Interview: 5 tips: part 2”).');
    expect(reasonText(reason('title', '面接: 5 つのコツ'), JA)).toBe('タイトルまたは見出しが助言らしい（「面接: 5 つのコツ」）。');
    expect(reasonText(reason('stopped', 'x is not a function: y'), EN)).toBe('The analysis stopped: x is not a function: y');
  });

  it('shows sentences stored by older versions as they were stored', () => {
    for (const old of ['title says 対処法', '6 numbered steps', 'not advice: no advice phrases in the main text', '5 things to do found (list, heading)', 'you selected this text', 'bench']) {
      expect(reasonText(old, EN)).toBe(old);
      expect(reasonText(old, JA)).toBe(old);
    }
  });

  it('shows as stored what it cannot phrase: an unknown code, too few values, prototype names', () => {
    for (const odd of ['@someNewCode:3', '@items', '@markers:5', '@__proto__', '@constructor:1', '@toString', '@', '@items 5']) {
      expect(reasonText(odd, EN), odd).toBe(odd);
      expect(reasonText(odd, JA), odd).toBe(odd);
    }
  });

  it('a value that is not a number (a hand-edited backup) is shown, not NaN', () => {
    expect(reasonText('@items:many:list', EN)).toBe('many things to do found (list items).');
    expect(reasonText('@items:many:list', JA)).toBe('すること many 件（箇条書き）。');
  });
});

/** Opens "Why was this captured?" as a click on its summary would. */
function open(): void {
  const details = screen.getByText(/Why was this captured\?|取り込まれた理由/).closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('WhyCaptured', () => {
  const article = { reasons: [reason('howTo'), reason('items', 6, 'list'), 'title says 対処法', '<b>6 numbered steps</b>'], analysisMs: 3.21, via: 'auto' as const };

  it('in English: codes phrased once opened, older sentences as stored, all as text', async () => {
    render(<WhyCaptured article={article} />);
    // Closed: nothing of it is loaded yet, and no code ever shows.
    expect(screen.queryByText(/@/)).toBeNull();
    open();
    expect(await screen.findByText('Its structured data declares step-by-step instructions (HowTo).')).toBeTruthy();
    expect(screen.getByText('6 things to do found (list items).')).toBeTruthy();
    expect(screen.getByText('title says 対処法')).toBeTruthy();
    expect(screen.getByText('<b>6 numbered steps</b>')).toBeTruthy();
    expect(screen.getByText(/Saved automatically.*Analysed in 3\.2 ms\./)).toBeTruthy();
    expect(screen.queryByText(/@/)).toBeNull();
  });

  it('in Japanese: the same reasons in Japanese, older sentences as stored', async () => {
    await setLocale('ja');
    render(<WhyCaptured article={article} />);
    open();
    expect(await screen.findByText('構造化データが手順（HowTo）を宣言しています。')).toBeTruthy();
    expect(screen.getByText('取り込まれた理由')).toBeTruthy();
    expect(screen.getByText('すること 6 件（箇条書き）。')).toBeTruthy();
    expect(screen.getByText('title says 対処法')).toBeTruthy();
    expect(screen.getByText('閲覧中に自動で保存しました。 解析時間 3.2 ミリ秒。')).toBeTruthy();
    expect(screen.queryByText(/things to do found|Analysed/)).toBeNull();
  });
});
