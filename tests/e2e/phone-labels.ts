/**
 * On the phone, the contacts whose label has no place a reader would take for
 * its own mark's, and which the chart leaves out rather than misplace (the
 * layout's own test: tests/unit/timeline-phone-labels.test.ts): Kim's
 * birthday letter of June 2018, whose mark sits 11 px above the 3rd visit's,
 * has only places level with that mark or past it, even with its neighbours'
 * labels nudged half a line.
 */
export const DROPPED_ON_PHONE = ['kim-birthday-letter-xi-2018'];
