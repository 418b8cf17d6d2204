import { isWebUrl } from '../safe-url';
import { type ExportGroup, isoDay } from './export-data';

/** Characters that would turn page text into Markdown markup (links, emphasis, HTML, headings). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|]/g;

/** Page text as literal Markdown text: markup characters escaped, line breaks folded. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** One article as a checklist under a linked heading: paste-ready for Notion, Obsidian or a note. */
export function articleToMarkdown({ article, todos }: ExportGroup): string {
  const title = escapeMarkdown(article.title || article.site);
  const heading = isWebUrl(article.url) ? `## [${title}](<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `## ${title}`;
  const lines = [heading, '', `${escapeMarkdown(article.site)} · ${isoDay(article.capturedAt)}`, ''];
  for (const todo of todos) {
    const due = todo.dueAt === undefined ? '' : ` (due ${isoDay(todo.dueAt)})`;
    lines.push(`- [${todo.done ? 'x' : ' '}] ${escapeMarkdown(todo.text)}${due}`);
  }
  return lines.join('\n') + '\n';
}

/** Every article, one checklist each. */
export function toMarkdown(groups: readonly ExportGroup[], exportedAt: number): string {
  return [`# Actionable to-dos (${isoDay(exportedAt)})`, '', ...groups.map(articleToMarkdown)].join('\n');
}
