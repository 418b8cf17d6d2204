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
function text(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw damaged(where, 'notText', `is not text of at most ${max} characters`, max);
  return v;
}
function optText(v: unknown, where: string, max: number): string | undefined {
  return v === undefined || v === null ? undefined : text(v, where, max);
}
function time(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw damaged(where, 'notTime', 'is not a time');
  return v;
}
function optTime(v: unknown, where: string): number | undefined {
  return v === undefined || v === null ? undefined : time(v, where);
}
function bit(v: unknown, where: string): 0 | 1 {
  if (v === 0 || v === false) return 0;
  if (v === 1 || v === true) return 1;
  throw damaged(where, 'notBit', 'is not 0 or 1');
}
function list(v: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw damaged(where, 'notList', 'is not a list');
  if (v.length > max) throw damaged(where, 'tooMany', `has more than ${max} entries`, max);
  return v;
}
function webUrl(v: unknown, where: string): string {
  const url = text(v, where, 4096);
  if (!/^https?:\/\//i.test(url) && url !== '') throw damaged(where, 'notWebAddress', 'is not a web address');
  return url;
}

function article(v: unknown, i: number): BackupArticle {
  const o = obj(v, `articles[${i}]`);
  const via = text(o.via, `articles[${i}].via`, 16) as CaptureVia;
  if (!VIA.has(via)) throw damaged(`articles[${i}].via`, 'notCaptureKind', 'is not a capture kind');
  return {
    id: text(o.id, `articles[${i}].id`, 128),
    url: webUrl(o.url, `articles[${i}].url`),
    pageUrl: o.pageUrl === undefined || o.pageUrl === null ? undefined : webUrl(o.pageUrl, `articles[${i}].pageUrl`),
    title: text(o.title, `articles[${i}].title`, 1000),
    site: text(o.site, `articles[${i}].site`, 300),
    lang: text(o.lang, `articles[${i}].lang`, 16),
    career: bit(o.career, `articles[${i}].career`),
    via,
    reasons: list(o.reasons ?? [], `articles[${i}].reasons`, 50).map((r, j) => text(r, `articles[${i}].reasons[${j}]`, 500)),
    capturedAt: time(o.capturedAt, `articles[${i}].capturedAt`),
    updatedAt: time(o.updatedAt, `articles[${i}].updatedAt`),
    analysisMs: time(o.analysisMs ?? 0, `articles[${i}].analysisMs`),
    deletedAt: optTime(o.deletedAt, `articles[${i}].deletedAt`),
    syncClock: parseSyncClock(o.syncClock, ['h', 'r']),
  };
}

function todo(v: unknown, i: number, articleIds: Set<string>): BackupTodo {
  const o = obj(v, `todos[${i}]`);
  const articleId = text(o.articleId, `todos[${i}].articleId`, 128);
  if (!articleIds.has(articleId)) throw damaged(`todos[${i}]`, 'noArticle', 'belongs to no article in the file');
  const itemText = text(o.text, `todos[${i}].text`, 2000).trim();
  if (!itemText) throw damaged(`todos[${i}].text`, 'empty', 'is empty');
  return {
    id: text(o.id, `todos[${i}].id`, 128),
    articleId,
    text: itemText,
    detail: optText(o.detail, `todos[${i}].detail`, 5000),
    section: optText(o.section, `todos[${i}].section`, 1000),
    quote: optText(o.quote, `todos[${i}].quote`, 5000),
    position: time(o.position, `todos[${i}].position`),
    done: bit(o.done, `todos[${i}].done`),
    dueAt: optTime(o.dueAt, `todos[${i}].dueAt`),
    createdAt: time(o.createdAt, `todos[${i}].createdAt`),
    updatedAt: time(o.updatedAt, `todos[${i}].updatedAt`),
    doneAt: optTime(o.doneAt, `todos[${i}].doneAt`),
    remindedAt: optTime(o.remindedAt, `todos[${i}].remindedAt`),
    deletedAt: optTime(o.deletedAt, `todos[${i}].deletedAt`),
    key: text(o.key, `todos[${i}].key`, 2000),
    syncClock: parseSyncClock(o.syncClock, ['x', 'd', 'u', 'r']),
  };
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
    const forbidden = forbiddenKey(json);
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
