import type { ClaimCorrection } from '../lib/last-updated.ts';

/**
 * Corrections to claims: a changed kind or outcome, or a record note that said
 * something the record does not. Events carry their correction in their own
 * `corrected` field; claims have no such field, so their corrections are kept
 * here, dated, for the About page's log. Each id must be a claim of the pieces
 * (the About page stops the build otherwise).
 */
export const CLAIM_CORRECTIONS: readonly ClaimCorrection[] = [
  {
    claimId: 'china-working-to-redress',
    date: '2026-12-07',
    note: 'The record note placed Kim’s first visit to China (25–28 March 2018) after the piece; the visit was under way, not yet public, when the piece appeared on 26 March.',
  },
  {
    claimId: 'china-resolute-supporter',
    date: '2026-12-07',
    note: 'The record note counted all four of Kim’s visits to China as after the piece; the first (25–28 March 2018) was under way, not yet public, when it appeared on 26 March.',
  },
  {
    claimId: 'china-must-enforce-un-sanctions',
    date: '2026-12-07',
    note: 'The record note spoke of “the three sanctions resolutions of 2017”, a count the sources do not share; it now names Resolutions 2371, 2375 and 2397, and adds the US congressional commission’s report of November 2018 that China appeared to have eased enforcement.',
  },
  {
    claimId: 'china-can-ease-un-sanctions',
    date: '2026-12-07',
    note: 'The record note said the record ended in June 2019, when it already ran to October 2019; it no longer names an end.',
  },
  {
    claimId: 'xi-new-chance-to-reply',
    date: '2026-12-07',
    note: 'The record note now adds that, by the PRC Foreign Ministry’s readout of 28 March 2018, Xi thanked Kim in person for the message.',
  },
  {
    claimId: 'xi-reply-will-be-careful',
    date: '2026-12-07',
    note: 'Outcome changed from open to partly borne out: by the PRC Foreign Ministry’s readout of 28 March 2018, Xi answered the message in person, thanking Kim for it.',
  },
  {
    claimId: 'xi-visit-may-bring-deliverables',
    date: '2026-12-07',
    note: 'Outcome changed from open to partly borne out: no aid or signed document was announced at Xi’s June 2019 visit, and in August 2019 the Asahi Shimbun reported a later, unannounced decision on food aid and tourism.',
  },
  {
    claimId: 'trip-timing-shows-china-role',
    date: '2026-12-07',
    note: 'Kind changed from fact to interpretation: that the timing of Kim’s trips attests China’s role is the author’s reading of the dates.',
  },
];
