import { isCoded, type ReasonCode } from '../core/reason';

/** One language's phrasing of each reason code; values arrive as stored (text). */
export type ReasonStrings = Record<ReasonCode, (...values: string[]) => string>;

const CODED = /^@([A-Za-z]+)(?::([\s\S]*))?$/;

/**
 * A stored reason as a sentence in the language of `table`. Coded reasons (core/reason.ts) are
 * phrased by the table; anything else — English sentences stored by older versions, backups and
 * sync records, or a code this version does not know or with too few values — is shown as stored.
 */
export function reasonText(stored: string, table: ReasonStrings): string {
  if (!isCoded(stored)) return stored;
  const match = CODED.exec(stored);
  if (!match || !Object.hasOwn(table, match[1]!)) return stored;
  const phrase = table[match[1] as ReasonCode];
  const arity = phrase.length;
  const parts = match[2] === undefined ? [] : match[2].split(':');
  if (parts.length < arity) return stored;
  // The last value may itself hold ':' (a title, an error message).
  const values = arity === 0 ? [] : [...parts.slice(0, arity - 1), parts.slice(arity - 1).join(':')];
  return phrase(...values);
}

