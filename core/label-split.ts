import type { Block } from './collect-blocks';
import type { PageLang } from './types';
import { JA } from './rules-ja';

/** Longest bold lead or `label:` we read as a to-do label (longer is a sentence in bold). */
const MAX_LABEL_CHARS = { ja: 30, en: 90 } as const;
// "Label: description" in English needs a space after the colon (not "10:30", "https:").
const EN_LABEL_RE = /^(.{2,90}?):\s+(.+)$/s;
// Separators between a bold label and its description: colon, dash, period.
const LABEL_SEPARATOR_RE = /^[\s:：.．。\-–—、]+/;
const LABEL_TRAILER_RE = /[\s:：.．。\-–—、]+$/;

export interface LabelledText {
  label: string;
  description: string;
}

/** Splits `label: description` (or `<strong>label</strong> description`); null when the block has no label. */
export function splitLabel(block: Block, lang: PageLang): LabelledText | null {
  const max = lang === 'ja' ? MAX_LABEL_CHARS.ja : MAX_LABEL_CHARS.en;
  const text = block.text;
  const lead = block.lead.replace(LABEL_TRAILER_RE, '');
  if (lead && lead.length <= max && text.startsWith(lead)) {
    const description = text.slice(lead.length).replace(LABEL_SEPARATOR_RE, '').trim();
    if (description) return { label: lead, description };
  }
  const m = (lang === 'ja' ? JA.labelSplit : EN_LABEL_RE).exec(text);
  if (m && m[1]!.length <= max && !/[。.!?！？]/.test(m[1]!)) return { label: m[1]!.trim(), description: m[2]!.trim() };
  return null;
}

/**
 * A short paragraph set wholly in bold, with no 。, right before an ordinary paragraph
 * (「<p class="bold_p">すれ違う人には必ず挨拶</p><p>…しましょう。</p>」): a label, whose paragraph explains it.
 */
export function isBoldLabelJa(block: Block, next: Block | undefined): boolean {
  return block.kind === 'para' && next?.kind === 'para' && !!block.lead && block.lead === block.text && block.text.length <= MAX_LABEL_CHARS.ja && !/[。\n]/.test(block.text);
}
