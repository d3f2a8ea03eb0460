/**
 * Reading time of a text, as a reader sees it above a piece: words counted
 * as runs of letters or digits (with inner apostrophes and hyphens), divided
 * by a steady reading speed and rounded up to whole minutes, never below one.
 */

/** Words per minute for attentive reading of commentary (a common planning figure). */
export const WORDS_PER_MINUTE = 230;

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(wordCount(text) / wordsPerMinute));
}

/** "6 min read". */
export function readingTimeLabel(text: string): string {
  return `${readingMinutes(text)} min read`;
}

/**
 * The words a reader reads in a piece's Markdown: claim markers
 * (`:claim[text]{#id}`) keep their text and lose their syntax and ids,
 * and emphasis, heading and quote marks are dropped.
 */
export function readableText(markdown: string): string {
  return markdown
    .replace(/\{#[^}]*\}/g, '')
    .replace(/:claim\[/g, '')
    .replace(/[[\]*_>#`]/g, ' ');
}
