/** The part of fontkit 2 the font tests use (the package ships no types). */
declare module 'fontkit' {
  export interface Font {
    /** Whether the font's character map (cmap) has a glyph for this code point. */
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
