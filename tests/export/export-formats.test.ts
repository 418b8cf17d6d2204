import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupForExport } from '../../lib/export/export-data';
import { csvCell, toCsv } from '../../lib/export/to-csv';
import { escapeMarkdown, toMarkdown } from '../../lib/export/to-markdown';
import { ARTICLES, EXPORTED_AT, TODOS } from './sample-rows';

const golden = (name: string) => readFileSync(new URL(`../fixtures/export/${name}`, import.meta.url), 'utf8');
const groups = groupForExport(ARTICLES, TODOS);

describe('export formats (golden files)', () => {
  it('Markdown: a linked checklist per article, newest first, deleted to-dos left out', () => {
    expect(toMarkdown(groups, EXPORTED_AT)).toBe(golden('expected.md'));
  });

  it('CSV: one row per to-do, quoted per RFC 4180, with a BOM for spreadsheets', () => {
    expect(toCsv(groups)).toBe(golden('expected.csv'));
  });
});

describe('export escaping', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['# not a heading', '\\# not a heading'],
    ['記録を残す', '記録を残す'],
  ])('Markdown shows %j as literal text', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
  ])('CSV cell %j is %j (never a formula)', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
