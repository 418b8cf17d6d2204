import type { PageLang } from './types';
import { todoOfSentenceEn } from './todo-en';
import { todoOfSentenceJa } from './todo-ja';

export interface Todo {
  text: string;
  rule: string;
}

/** The to-do a sentence asks for in the page's language, or null. */
export function todoOf(sentence: string, lang: PageLang): Todo | null {
  if (lang === 'ja') return todoOfSentenceJa(sentence);
  if (lang === 'en') return todoOfSentenceEn(sentence);
  return null;
}
