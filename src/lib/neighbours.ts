/**
 * The items either side of one in a list: the one before and the one after,
 * those that exist. A piece's page links "the other piece" beside its
 * reading time; with two pieces that is the other one, and on a record of
 * many pieces its neighbours in date order, so the page does not list every
 * piece (which made each piece page grow with the number of pieces).
 */
export function neighbours<T>(list: readonly T[], index: number): T[] {
  if (index < 0 || index >= list.length) return [];
  return [list[index - 1], list[index + 1]].filter((x): x is T => x !== undefined);
}
