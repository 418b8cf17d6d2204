import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadTables } from './tables';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the interface is built: every word it shows must come from a string table. */
const UI_DIRS = ['components', 'entrypoints'];
/** Plus the lib modules that hand the interface a sentence (capture answers). */
const UI_LIB_FILES = ['lib/pending-captures.ts'];
/** Attributes a person reads or hears (screen readers). */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
/** Object properties that end up on screen: menu and notification titles, capture answers. */
const SPOKEN_PROPERTIES = new Set(['title', 'message', 'reason', 'label', 'description', 'textContent']);
/** A word: two letters, Latin or Japanese. Symbols such as "×" or "·" are not words. */
const WORDS = /[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const isText = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
const textOf = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression) =>
  ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((s) => s.literal.text).join(' ') : node.text;

/** The literals a JSX child expression may show: itself, either branch of `?:`, the right of `&&`/`||`. */
function textLiterals(node: ts.Expression): (ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression)[] {
  if (isText(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return textLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...textLiterals(node.whenTrue), ...textLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return textLiterals(node.right);
  return [];
}

/** Every literal a user would see, with its file and line. */
function hardCoded(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!WORDS.test(text)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, path)}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const shown of textLiterals(node.expression)) report(shown, textOf(shown));
    }
    else if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && isText(value)) report(value, textOf(value));
    } else if (ts.isPropertyAssignment(node) && SPOKEN_PROPERTIES.has(node.name.getText()) && isText(node.initializer)) {
      report(node.initializer, textOf(node.initializer));
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (SPOKEN_PROPERTIES.has(node.left.name.text) && isText(node.right)) report(node.right, textOf(node.right));
    } else if (ts.isCallExpression(node) && /\b(button|confirm|alert)$/.test(node.expression.getText())) {
      const first = node.arguments[0];
      if (first && isText(first)) report(first, textOf(first));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The string tables' live bindings (lib/strings/*, lib/popup-strings.ts), as code reads them. */
const BINDINGS = new RegExp(`\\b(${(await loadTables()).map((t) => t.binding).join('|')})\\.\\w`);

/** Strings read once at module load: they would never follow a language switch. */
function frozenAtLoad(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return source.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .filter((d) => d.initializer && !ts.isArrowFunction(d.initializer) && !ts.isFunctionExpression(d.initializer) && BINDINGS.test(d.initializer.getText()))
    .map((d) => `${relative(ROOT, path)}: ${d.name.getText()}`);
}

describe('no user-visible string is hard-coded outside the string tables', () => {
  const all = [...UI_DIRS.flatMap((d) => files(join(ROOT, d))), ...UI_LIB_FILES.map((f) => join(ROOT, f))];

  it('scans the interface code', () => expect(all.length).toBeGreaterThan(30));

  it('finds no literal text in components, entrypoints and capture answers', () => {
    expect(all.flatMap(hardCoded)).toEqual([]);
  });

  it('reads no string table at module load (only at render time)', () => {
    expect(all.flatMap(frozenAtLoad)).toEqual([]);
    expect(frozenAtLoad(join(ROOT, 'tests/i18n/fixtures/frozen-at-load.ts'))).toEqual(['tests/i18n/fixtures/frozen-at-load.ts: LABELS']);
  });

  it('would catch one (the scanner is not blind)', () => {
    const probe = join(ROOT, 'tests/i18n/fixtures/hard-coded.tsx');
    expect(hardCoded(probe)).toHaveLength(6);
  });
});
