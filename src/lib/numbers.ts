/**
 * A whole number with its thousands grouped by commas, as British English
 * writes it: 10051 → "10,051". Done by hand rather than with Intl: a page's
 * first Intl number format loads locale data, about 40 ms on a phone, and the
 * timeline writes this at the end of a zoom gesture.
 */
export function thousands(n: number): string {
  const digits = String(Math.round(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}
