/** The one call scripts/maintenance/subset-fonts.ts makes to subset-font (which ships no types). */
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Uint8Array>;
}
