/** The part of fontkit 2 the font tests use (the package ships no types). */
declare module 'fontkit' {
  export interface Font {
    /** Whether the font's character map (cmap) has a glyph for this code point. */
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** A variable font's axes by tag ("wght"); empty for a static font. */
    variationAxes: Record<string, { min: number; default: number; max: number } | undefined>;
    /** The slant from the post table: 0 for an upright face. */
    italicAngle: number;
    /** The OS/2 table, for a static face's weight. */
    'OS/2': { usWeightClass: number };
  }
  export function openSync(path: string): Font;
}
