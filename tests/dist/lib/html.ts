/**
 * Just enough HTML reading for checks on the built site: Astro writes
 * well-formed, quoted markup, so tags and attributes can be read directly.
 */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Text up to the closing tag, for <script> and <style> only. */
  body?: string;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function readTags(html: string): Tag[] {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags: Tag[] = [];
  for (const match of source.matchAll(TAG)) {
    const name = match[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    const tag: Tag = { name, attrs };
    if (name === 'script' || name === 'style') {
      const start = match.index + match[0].length;
      const end = source.indexOf(`</${name}`, start);
      tag.body = source.slice(start, end < 0 ? undefined : end);
    }
    tags.push(tag);
  }
  return tags;
}
