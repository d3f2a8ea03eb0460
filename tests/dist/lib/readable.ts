/**
 * Is a page readable with scripts off? Its text must be in the HTML itself,
 * inside <main>, not drawn in later by JavaScript.
 */

/** The visible text of the HTML's <main>, tags stripped and entities decoded. */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a page is not readable without JavaScript, or null when it is. */
export function unreadableWithoutJs(html: string, mustContain: readonly string[]): string | null {
  const text = mainText(html);
  if (text.length < 200) return `its <main> holds only ${text.length} characters of text in the HTML`;
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const missing = mustContain.find((needle) => !text.includes(squash(needle)));
  return missing ? `its HTML lacks "${missing.slice(0, 60)}…"` : null;
}
