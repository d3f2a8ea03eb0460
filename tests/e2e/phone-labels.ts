/**
 * On the phone, the contacts whose label has no place a reader would take for
 * its own mark's, and which the chart leaves out rather than misplace (the
 * layout's own test: tests/unit/timeline-phone-labels.test.ts): Wang Yi's
 * visit of May 2018, between the first Panmunjom summit's label and the
 * Dalian meeting's; Kim's birthday letter of June 2018, whose mark sits 11 px
 * above the 3rd visit's; and the rumour of a Xi visit in January 2019, whose
 * only places were level with the art troupe's mark or past it.
 */
export const DROPPED_ON_PHONE = ['wang-yi-visit-pyongyang-2018', 'kim-birthday-letter-xi-2018', 'xi-visit-rumoured'];
