/**
 * Serialise structured data for a <script type="application/ld+json"> block.
 * JSON.stringify alone is not enough inside HTML: a value containing
 * "</script>" or "<!--" would end or corrupt the element. Escaping <, > and &
 * (and the two JavaScript line separators) as \u escapes keeps the JSON
 * identical once parsed and makes breaking out impossible.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
