import { useState } from 'preact/hooks';
import type { ArticleRow } from '../db/database';
import { POPUP_DATA } from '../lib/strings/popup-data';
import { loadDeferred } from './deferred';

/** How long "Copied" shows before the button reads "Copy as Markdown" again. */
const FEEDBACK_MS = 1500;

/** Puts one article's checklist on the clipboard, paste-ready for Notion, Obsidian or a note. */
export function CopyMarkdownButton({ article, title }: { article: ArticleRow; title: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      // Loaded on the first copy: the Markdown export is no part of the popup's first screen (issue 7).
      const [{ articleMarkdown }, { db }] = await Promise.all([import('../lib/article-markdown'), loadDeferred()]);
      await navigator.clipboard.writeText(await articleMarkdown(db, article, title));
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), FEEDBACK_MS);
  };
  return (
    <button type="button" class="add-link copy-markdown" aria-label={POPUP_DATA.copyMarkdownLabel(title)} onClick={() => void copy()}>
      <svg class="icon" width={14} height={14} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
        <path d="M9 9h11v11H9zM5 15H4V4h11v1" />
      </svg>
      <span aria-live="polite">{state === 'copied' ? POPUP_DATA.copied : state === 'failed' ? POPUP_DATA.copyFailed : POPUP_DATA.copyMarkdown}</span>
    </button>
  );
}
