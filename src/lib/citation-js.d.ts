/**
 * The part of citation-js this site uses (the package ships no types): a
 * Cite holds CSL-JSON items, reads other formats (RIS among them, with its
 * plugin) and writes them out.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data?: unknown);
    static async(data: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | object;
  }
}
declare module '@citation-js/plugin-ris';
