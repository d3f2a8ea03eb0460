/**
 * On every page: load the as-of script (asof.ts) only when the address asks
 * for a day, so pages read without `?asof=` carry a line, not the filter.
 */
if (/[?&]asof=/.test(location.search)) {
  void import('./asof.ts');
  // The timeline's headline counts the whole record: as of a day it gives way to one for that day.
  void import('./asof-takeaway.ts');
}
