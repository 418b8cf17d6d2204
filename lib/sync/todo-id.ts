/**
 * A to-do's id in sync records: a 53-bit hash (cyrb53) of its key, in base 36. Keys are the
 * normalised captured text (db/todo-key.ts), unique per article: hashing them keeps each record
 * short and makes the same to-do captured in two browsers one record.
 */
export function todoIdOf(key: string): string {
  let h1 = 0x9e3779b1;
  let h2 = 0x7f4a7c15;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
