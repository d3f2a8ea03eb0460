import type { ClaimPair } from '../lib/compare.ts';

/**
 * The two pieces set side by side: for each question both answer, a claim
 * from Frank Ching's piece of March 2018 and one from the unsigned piece of
 * early 2019, and how they relate. The build checks every id
 * (src/data/compare-site.ts); the claim pages link each claim to its
 * counterparts both ways.
 */
export const PAIRS: readonly ClaimPair[] = [
  {
    question: 'Was China left out of the diplomacy?',
    earlier: 'china-out-in-the-cold',
    later: 'china-not-sidelined',
    relation: 'disagree',
    note: 'Ching finds China out in the cold after the Trump–Kim meeting was agreed; the later piece holds that China was not sidelined, as many had speculated it would be.',
  },
  {
    question: 'How active is China?',
    earlier: 'china-working-to-redress',
    later: 'china-remarkably-low-key',
    relation: 'disagree',
    note: 'Ching sees China working hard to recover its place; the later piece finds that, behind frequent exchanges, China has been remarkably low-key.',
  },
  {
    question: 'Where does China stand with North Korea?',
    earlier: 'china-resolute-supporter',
    later: 'china-voluntarily-on-bench',
    relation: 'disagree',
    note: "Ching sees China casting itself as Pyongyang's resolute supporter; the later piece sees Beijing choosing, for now, to sit on the bench.",
  },
  {
    question: 'Will China help ease the sanctions?',
    earlier: 'china-friend-on-security-council',
    later: 'trilateral-statement-far-from-bold',
    relation: 'develops',
    note: 'Ching reads a promise of support on the Security Council; the later piece weighs what came of it, a call in October 2018 to consider adjusting sanctions that it finds far from bold.',
  },
  {
    question: 'Could China bring about sanctions relief?',
    earlier: 'china-can-ease-un-sanctions',
    later: 'china-not-pushing-relief-or-peace',
    relation: 'develops',
    note: 'Ching says China is in a position to bring about a reduction; the later piece finds it has shown little inclination to push for relief.',
  },
  {
    question: 'How far has the relationship recovered?',
    earlier: 'china-reviving-relationship',
    later: 'rapprochement-depth-in-doubt',
    relation: 'develops',
    note: 'Ching sees China trying to revive the relationship; the later piece asks how far the rapprochement has actually gone.',
  },
  {
    question: 'How bad were relations before 2018?',
    earlier: 'kim-snubbed-xi-envoy',
    later: 'rapprochement-depth-in-doubt',
    relation: 'agree',
    note: "Ching's snubbed envoy is one instance of the bad blood for most of Kim's reign that the later piece recalls.",
  },
  {
    question: 'Does Washington limit what China does?',
    earlier: 'china-delicate-balancing-act',
    later: 'activism-risks-us-china-ties',
    relation: 'agree',
    note: 'Both see relations with the United States constraining how far Beijing can go with Pyongyang.',
  },
  {
    question: 'What will Xi do next toward Kim?',
    earlier: 'xi-new-chance-to-reply',
    later: 'xi-visit-may-bring-deliverables',
    relation: 'develops',
    note: "Ching looks to Xi's reply to a letter; ten months later the question is what a first Xi visit to Pyongyang would bring.",
  },
];
