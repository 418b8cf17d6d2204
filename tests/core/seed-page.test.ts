import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/index';
import { loadPage } from '../../scripts/load-page';

// The project's seed article laid out as a blog page (CTA box, related-links sidebar, comment form).
const SEED_PAGES = ['../shared/corpus/dev/ja-seed-phone-hung-up/source.html', '../shared/seed/seed-article.html'];
const CASE1 = ['記録を残す', '上司への報告', '社内規定の確認', '冷静さを保つ'];
const CASE3 = ['コミュニケーションスキル', '問題解決能力', 'ストレスマネジメント', 'クレーム対応スキル'];

describe.each(SEED_PAGES)('seed page %s', (file) => {
  it.skipIf(!existsSync(file))('is career advice with the eight list items and no call to action (skipped: shared corpus absent)', () => {
    const result = analyzePage(loadPage(file), 'https://column.example.jp/contents/column/?p=51885', { budgetMs: 10_000 });
    expect(result.isAdvice).toBe(true);
    expect(result.career).toBe(true);
    expect(result.lang).toBe('ja');
    const texts = result.items.map((i) => i.text);
    const listTexts = result.items.filter((i) => i.kind === 'list').map((i) => i.text);
    expect(listTexts).toEqual([...CASE1, ...CASE3]);
    expect(texts.some((t) => /LINE|無料相談|あかりちゃん/.test(t))).toBe(false);
    expect(texts.some((t) => /上司に相談するときに|転職を考えたら|人間関係に疲れた|コメント/.test(t))).toBe(false);
    expect(texts).toContain('自身の強みと弱みを分析する');
  });
});
