/** Date-aware search queries: the grammar, and how dated things match a range. */
export { parseDateQuery, type DateQuery, type DateRange } from './grammar.ts';
export { overlaps, byDate, monthsOf, yearsOf } from './overlap.ts';
