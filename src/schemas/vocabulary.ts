/**
 * The controlled vocabularies the content may use. Keeping them in one place
 * lets the schemas, the validator and the pages agree on every allowed value
 * and on the label a reader sees.
 */

/**
 * A vocabulary's ids, in the order written, as the non-empty tuple
 * z.enum() takes. Every vocabulary has at least one entry, which is what
 * the one cast here stands for.
 */
export function vocabularyIds<K extends string>(vocabulary: Readonly<Record<K, string>>): [K, ...K[]] {
  return Object.keys(vocabulary) as [K, ...K[]];
}

/** Topics a claim can be filed under, with their reader-facing labels. */
export const TOPICS = {
  'china-role': "China's role",
  sanctions: 'Sanctions',
  denuclearization: 'Denuclearization',
  'kim-xi-messages': 'Kim–Xi messages',
  summits: 'Summits',
  'economic-aid': 'Economic aid',
  'us-china-relations': 'US–China relations',
  'inter-korean': 'Inter-Korean relations',
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = vocabularyIds(TOPICS);

/** Timeline lanes: who is talking to whom. */
export const LANES = {
  'china-dprk': 'China – North Korea',
  'inter-korean': 'North – South Korea',
  'us-dprk': 'United States – North Korea',
  multilateral: 'Multilateral',
} as const;
export type Lane = keyof typeof LANES;
export const LANE_IDS = vocabularyIds(LANES);

/** What kind of thing happened. */
export const KINDS = {
  visit: 'Visit',
  message: 'Message',
  envoy: 'Envoy',
  summit: 'Summit',
  talks: 'Talks',
  statement: 'Statement',
  election: 'Election',
  speech: 'Speech',
  sanctions: 'Sanctions',
  other: 'Other',
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_IDS = vocabularyIds(KINDS);

/**
 * Who reached out in a China–North Korea contact: who travelled to whom, or
 * who wrote to whom. "mutual" is for a contact neither side initiated alone.
 */
export const DIRECTIONS = {
  'dprk-to-china': 'North Korea to China',
  'china-to-dprk': 'China to North Korea',
  mutual: 'Both ways',
} as const;
export type Direction = keyof typeof DIRECTIONS;
export const DIRECTION_IDS = vocabularyIds(DIRECTIONS);

/** Romanization systems an actor's name may be given in (content/actors/*.yaml `names`). */
export const ROMANIZATIONS = {
  common: 'Usual English spelling',
  rr: 'Revised Romanization',
  mr: 'McCune–Reischauer',
  dprk: "North Korea's official spelling",
  pinyin: 'Hanyu Pinyin',
  'wade-giles': 'Wade–Giles',
} as const;
export type RomanizationSystem = keyof typeof ROMANIZATIONS;
export const ROMANIZATION_IDS = vocabularyIds(ROMANIZATIONS);

/** Longest chart label, in characters: what fits beside a mark at the default zoom. */
export const LABEL_MAX = 28;

/** How exactly a date is known. */
export const PRECISIONS = ['day', 'month', 'season', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Readable kebab-case: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_HINT =
  'use lowercase words joined by single hyphens, 3–60 characters (for example "china-card-a-bluff")';

/** How the later claim of a pair stands to the earlier one, with the words /compare/ shows for it. */
export const RELATIONS = {
  agree: 'Agree',
  disagree: 'Disagree',
  develops: 'The later piece develops the earlier',
} as const;
export type Relation = keyof typeof RELATIONS;
export const RELATION_IDS = vocabularyIds(RELATIONS);
