import type { CaptureVia } from '../../db/database';
import {
  BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_ARTICLES, MAX_BACKUP_BYTES, MAX_BACKUP_TODOS,
  type Backup, type BackupArticle, type BackupTodo,
} from './backup-format';
import { parseSyncClock } from '../sync/clock-field';

/** Why a file was refused, for the interface to say in the user's language (lib/strings/options.ts). */
export type BackupProblem =
  | { kind: 'tooLarge'; mb: number }
  | { kind: 'notJson' }
  | { kind: 'foreignName'; name: string }
  | { kind: 'notBackup' }
  | { kind: 'badVersion'; shown: string }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'unsupportedVersion'; version: number }
  /**
   * A field is wrong: `field` points at it ("todos[3].text", the file's own names, the same in
   * every language), `fault` says how, `max` is the limit broken; `detail` is the English.
   */
  | { kind: 'damaged'; field: string; fault: DamageFault; max?: number; detail: string };

/** How a field of a damaged backup is wrong (lib/strings/options.ts phrases each). */
export type DamageFault =
  | 'notObject' | 'notText' | 'notTime' | 'notBit' | 'notList' | 'tooMany'
  | 'notWebAddress' | 'notCaptureKind' | 'noArticle' | 'empty' | 'forbiddenName';

/** `message` is the English sentence (logs, tests); `problem` the same, for translation. */
export type Parsed = { ok: true; backup: Backup } | { ok: false; message: string; problem: BackupProblem };

class Invalid extends Error {
  constructor(message: string, readonly problem?: BackupProblem) {
    super(message);
  }
}

/** A damaged field: the English (`where` then `says`) and the same as data, for translation. */
function damaged(where: string, fault: DamageFault, says: string, max?: number): Invalid {
  const detail = `${where} ${says}`;
  return new Invalid(detail, { kind: 'damaged', field: where, fault, ...(max === undefined ? {} : { max }), detail });
}

const VIA = new Set<CaptureVia>(['auto', 'manual', 'selection']);
/** Keys that must never be copied from a file into an object (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    // "The file is not an object": not a backup at all (see parseBackup), rather than a damaged one.
    throw where === 'The file' ? new Invalid(`${where} is not an object`) : damaged(where, 'notObject', 'is not an object');
  }
  return v as Record<string, unknown>;
}
function list(v: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw damaged(where, 'notList', 'is not a list');
  if (v.length > max) throw damaged(where, 'tooMany', `has more than ${max} entries`, max);
  return v;
}

/**
 * One row of the file being checked: its fields are read through it, and a field's place
 * ("todos[3].text") is spelled out only when it is wrong. A restore checks ~16 fields on each of
 * tens of thousands of rows; building each name up front cost more than the checks (issue 7).
 */
class RowReader {
  constructor(
    readonly o: Record<string, unknown>,
    private readonly list: string,
    private readonly index: number,
  ) {}

  where(field?: string): string {
    return field === undefined ? `${this.list}[${this.index}]` : `${this.list}[${this.index}].${field}`;
  }
  text(field: string, max: number, v: unknown = this.o[field]): string {
    if (typeof v !== 'string' || v.length > max) throw damaged(this.where(field), 'notText', `is not text of at most ${max} characters`, max);
    return v;
  }
  time(field: string, v: unknown = this.o[field]): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw damaged(this.where(field), 'notTime', 'is not a time');
    return v;
  }
  bit(field: string): 0 | 1 {
    const v = this.o[field];
    if (v === 0 || v === false) return 0;
    if (v === 1 || v === true) return 1;
    throw damaged(this.where(field), 'notBit', 'is not 0 or 1');
  }
  webUrl(field: string): string {
    const url = this.text(field, 4096);
    if (!/^https?:\/\//i.test(url) && url !== '') throw damaged(this.where(field), 'notWebAddress', 'is not a web address');
    return url;
  }
  /**
   * Optional fields are copied only when present: a row never carries a field set to `undefined`
   * (as the rows Actionable writes never do), so a restored row is the exported one, and IndexedDB
   * does not store an empty field per row.
   */
  optText(row: Record<string, unknown>, field: string, max: number): void {
    const v = this.o[field];
    if (v !== undefined && v !== null) row[field] = this.text(field, max, v);
  }
  optTime(row: Record<string, unknown>, field: string): void {
    const v = this.o[field];
    if (v !== undefined && v !== null) row[field] = this.time(field, v);
  }
  optWebUrl(row: Record<string, unknown>, field: string): void {
    const v = this.o[field];
    if (v !== undefined && v !== null) row[field] = this.webUrl(field);
  }
  syncClock<G extends string>(row: Record<string, unknown>, groups: readonly G[]): void {
    const clock = parseSyncClock(this.o.syncClock, groups);
    if (clock !== undefined) row.syncClock = clock;
  }
}

/** Row objects are rebuilt from checked fields only; their optional fields follow when present. */
type Open<T> = T & Record<string, unknown>;

function article(v: unknown, i: number): BackupArticle {
  const r = new RowReader(obj(v, `articles[${i}]`), 'articles', i);
  const via = r.text('via', 16) as CaptureVia;
  if (!VIA.has(via)) throw damaged(r.where('via'), 'notCaptureKind', 'is not a capture kind');
  const id = r.text('id', 128);
  const url = r.webUrl('url');
  const row = { id, url } as Open<BackupArticle>;
  r.optWebUrl(row, 'pageUrl');
  row.title = r.text('title', 1000);
  row.site = r.text('site', 300);
  row.lang = r.text('lang', 16);
  row.career = r.bit('career');
  row.via = via;
  row.reasons = list(r.o.reasons ?? [], r.where('reasons'), 50).map((reason, j) => r.text(`reasons[${j}]`, 500, reason));
  row.capturedAt = r.time('capturedAt');
  row.updatedAt = r.time('updatedAt');
  row.analysisMs = r.time('analysisMs', r.o.analysisMs ?? 0);
  r.optTime(row, 'deletedAt');
  r.syncClock(row, ['h', 'r']);
  return row;
}

function todo(v: unknown, i: number, articleIds: Set<string>): BackupTodo {
  const r = new RowReader(obj(v, `todos[${i}]`), 'todos', i);
  const articleId = r.text('articleId', 128);
  if (!articleIds.has(articleId)) throw damaged(r.where(), 'noArticle', 'belongs to no article in the file');
  const itemText = r.text('text', 2000).trim();
  if (!itemText) throw damaged(r.where('text'), 'empty', 'is empty');
  const row = { id: r.text('id', 128), articleId, text: itemText } as Open<BackupTodo>;
  r.optText(row, 'detail', 5000);
  r.optText(row, 'section', 1000);
  r.optText(row, 'quote', 5000);
  row.position = r.time('position');
  row.done = r.bit('done');
  r.optTime(row, 'dueAt');
  row.createdAt = r.time('createdAt');
  row.updatedAt = r.time('updatedAt');
  r.optTime(row, 'doneAt');
  r.optTime(row, 'remindedAt');
  r.optTime(row, 'deletedAt');
  row.key = r.text('key', 2000);
  r.syncClock(row, ['x', 'd', 'u', 'r']);
  return row;
}

/**
 * The first prototype-pollution name (`__proto__`, `constructor`, `prototype`) used as a key
 * anywhere in the parsed file, or null. JSON.parse makes such keys plain own properties, and rows
 * are rebuilt from checked fields only, so none could reach a prototype; but no file Actionable
 * writes has them, so one that does was crafted: it is refused whole, with a message, rather
 * than quietly cleaned. One iterative pass (no recursion for deep files), a few ms for 10,000 to-dos.
 */
function forbiddenKey(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of FORBIDDEN_KEYS) if (Object.hasOwn(value, key)) return key;
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return null;
}

/**
 * Whether the file's text could hold a forbidden name as a key at all. A JSON key spells one
 * either literally or with `\u` escapes (no other escape makes its letters), so a text with
 * neither cannot: the walk above is skipped for it (a few ms of every restore).
 */
function mayHoldForbiddenKey(raw: string): boolean {
  return /\\u|__proto__|constructor|prototype/.test(raw);
}

/** Settings are copied as plain JSON values under their names; dangerous names are refused. */
function settings(v: unknown): Record<string, unknown> {
  const o = obj(v ?? {}, 'settings');
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(o)) {
    if (FORBIDDEN_KEYS.has(name) || name.length > 100) throw damaged('settings', 'forbiddenName', 'has a forbidden name');
    out[name] = value;
  }
  return out;
}

function readJson(raw: string): unknown {
  try {
    // A text editor that saved the file may have put a byte-order mark first: not damage.
    return JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch {
    throw new Invalid('The file is not valid JSON: it may be truncated or not an Actionable backup.', { kind: 'notJson' });
  }
}

/**
 * Checks a whole backup file before anything is written: size, JSON, format, version, then every
 * row field by field, rebuilt from checked fields only. Nothing partial is ever returned.
 */
export function parseBackup(raw: string): Parsed {
  try {
    if (raw.length > MAX_BACKUP_BYTES) throw new Invalid(`The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB: it is not an Actionable backup.`, { kind: 'tooLarge', mb: MAX_BACKUP_BYTES / 1024 / 1024 });
    const json = readJson(raw);
    const forbidden = mayHoldForbiddenKey(raw) ? forbiddenKey(json) : null;
    if (forbidden) throw new Invalid(`This file uses the name "${forbidden}", which no Actionable backup has: it was not made by Actionable.`, { kind: 'foreignName', name: forbidden });
    const o = obj(json, 'The file');
    if (o.format !== BACKUP_FORMAT) throw new Invalid('This is not an Actionable backup file.', { kind: 'notBackup' });
    if (typeof o.version !== 'number' || !Number.isInteger(o.version)) {
      const shown = JSON.stringify(o.version ?? null).slice(0, 20);
      throw new Invalid(`This backup's format version ${shown} is not a number: the file is damaged.`, { kind: 'badVersion', shown });
    }
    if (o.version > BACKUP_VERSION) {
      throw new Invalid(`This backup was made by a newer version of Actionable (format ${String(o.version)}); update Actionable first.`, { kind: 'newerVersion', version: o.version });
    }
    if (o.version !== BACKUP_VERSION) throw new Invalid(`This backup's format version ${String(o.version)} is not supported.`, { kind: 'unsupportedVersion', version: o.version });
    const articles = list(o.articles, 'articles', MAX_BACKUP_ARTICLES).map(article);
    const ids = new Set(articles.map((a) => a.id));
    const todos = list(o.todos, 'todos', MAX_BACKUP_TODOS).map((t, i) => todo(t, i, ids));
    return {
      ok: true,
      backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: String(o.exportedAt ?? ''), articles, todos, settings: settings(o.settings) },
    };
  } catch (error) {
    if (error instanceof Invalid) {
      const message = error.message.startsWith('The file') || error.message.startsWith('This') ? error.message : `The backup is damaged: ${error.message}.`;
      // "The file is not an object": not a backup at all, rather than a damaged one.
      const problem = error.problem ?? { kind: 'notBackup' };
      return { ok: false, message, problem };
    }
    throw error;
  }
}
