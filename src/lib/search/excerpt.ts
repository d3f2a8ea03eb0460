/**
 * Result excerpts as plain segments — text, and marked words — so the page
 * builds them from text nodes and <mark> elements, never from HTML.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Pagefind stores page text with the five XML entities escaped; turn them back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * A window of about `length` words around the first matched word, with the
 * words at `locations` (word positions in the page text, as Pagefind counts
 * them: split on whitespace) marked. The window starts no earlier than word
 * `from` (to leave out a title the result already shows above it).
 */
export function buildExcerpt(content: string, locations: number[], length = 30, from = 0): Segment[] {
  const words = decodeEntities(content).split(/[\r\n\s]+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  const marked = new Set(locations);
  const first = locations.length > 0 ? Math.min(...locations) : from;
  const start = Math.max(from, Math.min(first - Math.floor(length / 3), words.length - length));
  const end = Math.min(words.length, start + length);
  const segments: Segment[] = [];
  if (start > from) segments.push({ text: '… ', mark: false });
  for (let i = start; i < end; i += 1) {
    const word = words[i]!;
    const space = i < end - 1 ? ' ' : '';
    if (marked.has(i)) {
      segments.push({ text: word, mark: true });
      if (space) segments.push({ text: space, mark: false });
    } else {
      const last = segments.at(-1);
      if (last && !last.mark) last.text += word + space;
      else segments.push({ text: word + space, mark: false });
    }
  }
  if (end < words.length) segments.push({ text: ' …', mark: false });
  return segments;
}
