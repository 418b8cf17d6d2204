import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../core/index';
import { parsePage } from '../../scripts/load-page';
import { fixtureDoc } from './fixture';

const texts = (file: string, scope: 'all' | 'career' = 'all') => analyzePage(fixtureDoc(file), 'https://example.com/a', { scope }).items.map((i) => i.text);

describe('verdicts', () => {
  it.each([
    ['ja-blog-with-cta.html', 'ja', true, true],
    ['ja-summary-dedupe.html', 'ja', true, true],
    ['en-tips.html', 'en', true, true],
    ['en-news.html', 'en', false, false],
    ['fr-article.html', 'other', false, false],
    // Imperative marketing copy between "Learn more" links, no advice title: a product page.
    ['en-product-page.html', 'en', false, false],
    // Imperative-looking bullets that are the writer's own plans, told in the first person.
    ['en-personal-resolutions.html', 'en', false, false],
  ])('%s → lang %s, advice %s, career %s', (file, lang, isAdvice, career) => {
    // A generous budget: a cold first call on a loaded test machine must not read as a cap hit.
    const result = analyzePage(fixtureDoc(file), 'https://example.com/a', { budgetMs: 10_000 });
    expect(result).toMatchObject({ lang, isAdvice, career, truncated: false });
    expect(result.reasons.length).toBeGreaterThan(0);
    if (!isAdvice) expect(result.items).toEqual([]);
  });
});

describe('a blog page with a call-to-action box, sidebar and comment form (seed shape)', () => {
  const result = analyzePage(fixtureDoc('ja-blog-with-cta.html'), 'https://blog.example.jp/posts/42?x#top');
  const items = result.items;

  it('takes label:description list items as label + detail', () => {
    const memo = items.find((i) => i.text === '発言メモを作る');
    expect(memo).toMatchObject({ kind: 'list', section: '準備でできること' });
    expect(memo?.detail).toContain('箇条書き');
    expect(items.map((i) => i.text)).toEqual(expect.arrayContaining(['資料の読み込み', '上司への事前相談']));
  });

  it('turns polite and hortative sentences into dictionary form, quoting the source sentence', () => {
    const breathe = items.find((i) => i.text.endsWith('深呼吸をする'));
    expect(breathe).toMatchObject({ kind: 'sentence', quote: '緊張していると感じたら、深呼吸をしてみましょう。' });
    expect(items.map((i) => i.text)).toContain('相手の目を見てゆっくり話す');
  });

  it.each([/今すぐ|無料相談|LINE/, /見ていき/, /関連記事|上司に報告するときに|転職を考えたら/, /コメント/, /求人サービスに登録/, /シェア/])(
    'never captures %s',
    (re) => expect(items.some((i) => re.test(i.text) || re.test(i.quote))).toBe(false),
  );

  it('numbers items in order and reads title and canonical URL from <head>', () => {
    expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n));
    expect(result.canonicalUrl).toBe('https://blog.example.jp/posts/42');
    expect(result.title).toContain('対処法');
  });
});

describe('an English tips article', () => {
  it('takes the tip headings verb first, without the newsletter box or meta sentences', () => {
    const t = texts('en-tips.html');
    const headings = ['Keep a written record of each call', 'Stay calm and listen', 'Tell your manager the same day', 'Check the company policy', "Don't take it personally"];
    expect(t.filter((x) => headings.includes(x))).toEqual(headings);
    // The steps in the paragraphs under a tip heading are to-dos too, in page order.
    expect(t.slice(0, 4)).toEqual(['Keep a written record of each call', 'Write down the date, the time and what the client asked for', 'Stay calm and listen', 'Let the client finish before you answer']);
    expect(t.some((x) => /subscribe|sign up|read on|resume|raise/i.test(x))).toBe(false);
  });
});

describe('deduplication', () => {
  it('a summary list repeating the headings yields one item each', () => {
    const t = texts('ja-summary-dedupe.html');
    for (const heading of ['毎日の業務を記録する', '分からないことはすぐ質問する', '小さな約束を守る']) {
      expect(t.filter((x) => x === heading)).toHaveLength(1);
    }
    expect(t.some((x) => /参考|解説/.test(x))).toBe(false);
  });
});

describe('scope', () => {
  const notCareer = `<html lang="en"><head><title>How to grow tomatoes: 5 tips</title></head><body><article>
    <h2>1. Water the plants every morning</h2><p>Use a watering can.</p>
    <h2>2. Pick a sunny spot</h2><p>Tomatoes love the sun. You should avoid shade.</p>
    <h2>3. Add compost in spring</h2><p>Don't overdo it. Try to mix it well.</p>
    <h2>4. Remove the side shoots</h2><p>Always check weekly. Never let them grow long.</p></article></body></html>`;
  it.each([
    ['career', 0],
    // Four tip headings plus the steps their paragraphs add ("Use a watering can", "Avoid shade", "Check weekly");
    // "Don't overdo it", "Mix it well" and "Never let them …" only refer back to their heading, so they are not.
    ['all', 7],
  ] as const)('scope %s on non-career advice gives %i items, same verdicts', (scope, n) => {
    const result = analyzePage(parsePage(notCareer), 'https://example.com/', { scope });
    expect(result).toMatchObject({ isAdvice: true, career: false });
    expect(result.items).toHaveLength(n);
  });
});

describe('force ("Capture this page")', () => {
  it('extracts items from a page the detector turns away, and still reports its verdict', () => {
    const doc = fixtureDoc('en-product-page.html');
    const plain = analyzePage(doc, 'https://example.com/', { scope: 'all', budgetMs: 10_000 });
    const forced = analyzePage(doc, 'https://example.com/', { scope: 'all', force: true, budgetMs: 10_000 });
    expect(plain).toMatchObject({ isAdvice: false, items: [] });
    expect(forced.isAdvice).toBe(false);
    expect(forced.items.length).toBeGreaterThan(0);
    expect(forced.items.some((i) => /^Choose from dozens of themes/.test(i.text))).toBe(true);
  });

  it('gives items on a career-scope call for non-career advice', () => {
    const result = analyzePage(fixtureDoc('en-tips.html'), 'https://example.com/', { force: true, budgetMs: 10_000 });
    expect(result.items.length).toBeGreaterThan(0);
  });

  it('extracts nothing from a page in another language', () => {
    const result = analyzePage(fixtureDoc('fr-article.html'), 'https://example.com/', { force: true });
    expect(result).toMatchObject({ lang: 'other', isAdvice: false, items: [] });
  });
});

describe('detection shapes', () => {
  it('an English article quoting Japanese stays English', () => {
    const jaQuote = '「電車の中で困ったら、まわりの人に助けを求めましょう」とツイートした人がいます。'.repeat(3);
    const html = `<html lang="en"><head><title>How to stay safe on a crowded train</title></head><body><article>
      <p>Crowded trains are part of daily life in big cities, and most rides are uneventful. ${jaQuote}</p>
      <ol><li>Stand near the door when the train is full.</li><li>Keep your bag in front of you.</li><li>Tell the station staff if something happens.</li></ol>
      <p>It is a good idea to save the number of the railway police in your phone and to know where the emergency button is.</p></article></body></html>`;
    const result = analyzePage(parsePage(html), 'https://example.com/', { scope: 'all', budgetMs: 10_000 });
    expect(result).toMatchObject({ lang: 'en', isAdvice: true });
  });

  it('a gallery post reads the slide captions around its short intro', () => {
    const slide = (n: number, tip: string) => `<figure><img src="/${n}.jpg" alt=""><figcaption><p>Mistake ${n}. Many people get this wrong at home. ${tip} It makes a room feel finished and personal, and you should not wait for the perfect piece. Take your time and enjoy it.</p></figcaption></figure>`;
    const html = `<html lang="en"><head><title>5 Decorating Mistakes and How to Fix Them</title></head><body><article>
      <div class="post-content"><p>Decorating a first home is exciting, and a few habits hold most of us back. Here are five common mistakes and the fixes a designer recommends for each of them, with examples from real homes. None of them is expensive to fix, and most take an afternoon at most.</p></div>
      ${slide(1, 'Hang your art at eye level.')}${slide(2, 'Choose one bold colour for each room.')}${slide(3, 'Buy a rug that fits the whole seating area.')}${slide(4, 'Mix old pieces with new ones.')}${slide(5, 'Add a lamp to every dark corner.')}
      </article></body></html>`;
    const result = analyzePage(parsePage(html), 'https://example.com/', { scope: 'all', budgetMs: 10_000 });
    expect(result.isAdvice).toBe(true);
    expect(result.reasons.some((r) => /article around a short body/.test(r))).toBe(true);
  });

  it('steps listed inside a layout table are read', () => {
    const html = `<html lang="ja"><head><title>連休前の注意喚起</title></head><body><table><tr><td>回答</td><td><ul>
      <li>不審なメールのリンクは開かないでください。</li><li>パスワードを使い回さないようにしましょう。</li><li>端末のソフトウェアを最新の状態にしてください。</li></ul></td></tr></table></body></html>`;
    const result = analyzePage(parsePage(html), 'https://example.com/', { scope: 'all', budgetMs: 10_000 });
    expect(result.isAdvice).toBe(true);
    expect(result.items.length).toBeGreaterThanOrEqual(2);
  });
});
