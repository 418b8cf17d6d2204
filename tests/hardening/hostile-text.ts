import fc from 'fast-check';

/**
 * Text a hostile or merely unusual page can contain. Each entry names what it stresses:
 * every one of these has broken a text pipeline somewhere (trim that keeps U+200B, regexes that
 * split surrogate pairs, bidi overrides that reorder what the user sees).
 */
export const NASTY_SNIPPETS = [
  '\u200b', // zero-width space: not whitespace to String#trim
  '\u200c\u200d', // zero-width (non-)joiner
  '\ufeff', // byte-order mark in the middle of text
  '\u202e', // right-to-left override
  '\u2066\u2069', // bidi isolates
  'مرحبا بالعالم', // Arabic (RTL)
  'שלום עולם', // Hebrew (RTL)
  '👩‍👩‍👧‍👦', // emoji ZWJ sequence
  '🏳️‍🌈', // flag sequence with variation selector
  'e\u0301\u0301\u0301', // stacked combining marks
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0000', // NUL
  '\u0007\u001b[31m', // control characters and an ANSI escape
  '\u2028\u2029', // JS line / paragraph separators
  '\u3000', // ideographic space
  '\u00a0', // no-break space
  '＜ｓｃｒｉｐｔ＞', // full-width markup that NFKC folds into <script>
  '<img src=x onerror=alert(1)>', // markup as text
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '﷽', // the widest single code point
  'Ⅻ', // compatibility character
] as const;

/** Sentences the extractor turns into to-dos, so generated pages often reach the expensive path. */
export const ADVICE_SENTENCES = [
  'You should update your resume before every interview.',
  'Make sure you keep notes of every meeting with your manager.',
  'Always ask your boss for feedback.',
  "Don't reply to angry emails at work right away.",
  'Write down three goals for your career.',
  '記録を残しましょう。',
  '上司に報告することが大切です。',
  '冷静さを保つようにしましょう。',
  '自身の強みと弱みを分析しましょう。',
  '社内規定を確認してください。',
] as const;

/** Titles that make the gate look closer. */
export const ADVICE_TITLES = [
  'How to survive your first job: 7 tips',
  '10 ways to get promoted at work',
  '仕事で失敗しないための方法',
  '電話を切られたときの対処法',
  '',
] as const;

const snippet = fc.constantFrom(...NASTY_SNIPPETS);
const advice = fc.constantFrom(...ADVICE_SENTENCES);

/** A run of text mixing advice, hostile snippets and arbitrary Unicode (including lone surrogates). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: advice },
      { weight: 3, arbitrary: snippet },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\t', '  \n  ') },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Text with an advice sentence somewhere inside, wrapped in hostile characters. */
export const adviceWrappedInNoise: fc.Arbitrary<string> = fc
  .tuple(fc.array(snippet, { maxLength: 3 }), advice, fc.array(snippet, { maxLength: 3 }))
  .map(([before, middle, after]) => `${before.join('')}${middle}${after.join('')}`);
