/**
 * How an event is sourced, in a few words for a reader at a glance, counted
 * from its references: "5 sources, all primary", "2 sources, 1 primary",
 * "1 source, not primary". Primary means the states' or the UN's own releases
 * and documents (src/schemas/event.ts).
 */
export function sourceTally(sources: readonly { primary?: boolean | undefined }[]): string {
  const total = sources.length;
  const primary = sources.filter((s) => s.primary === true).length;
  const count = total === 1 ? '1 source' : `${total} sources`;
  if (total === 0) return 'No sources';
  if (total === 1) return `${count}, ${primary === 1 ? 'primary' : 'not primary'}`;
  if (primary === total) return `${count}, all primary`;
  if (primary === 0) return `${count}, none primary`;
  return `${count}, ${primary} primary`;
}
