/**
 * The controlled vocabularies the content may use. Keeping them in one place
 * lets the schemas, the validator and the pages agree on every allowed value
 * and on the label a reader sees.
 */

/**
 * A vocabulary's ids, in the order written, as the non-empty tuple
 * z.enum() takes. Every vocabulary has at least one entry, which is what
 * the one cast here stands for. Marked free of side effects, so a bundle
 * that imports one vocabulary (the timeline's script) carries none of the
 * ids it never uses.
 */
/*#__NO_SIDE_EFFECTS__*/
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

/**
 * The two sides of a Kim–Xi meeting whose official readouts /readouts/ sets
 * side by side, with the heading each column carries.
 */
export const READOUT_SIDES = {
  china: 'Chinese readout',
  dprk: 'North Korean readout',
} as const;
export type ReadoutSide = keyof typeof READOUT_SIDES;
export const READOUT_SIDE_IDS = vocabularyIds(READOUT_SIDES);

/**
 * Who may publish each side's readout: the state's own agencies and organs.
 * A copy (KCNA Watch, a wire report) is named in `carriedBy`, never here.
 */
export const READOUT_PUBLISHERS: Readonly<Record<ReadoutSide, readonly string[]>> = {
  china: ['Xinhua', 'PRC Foreign Ministry', "People's Daily", 'CCTV'],
  dprk: ['KCNA', 'Rodong Sinmun'],
};

/** The fixed topics every readout is marked for, with the label the grid shows. */
export const READOUT_TOPICS = {
  denuclearization: 'Denuclearization',
  'sanctions-economy': 'Sanctions and the economy',
  'united-states': 'The United States',
  'south-korea': 'South Korea',
  'personal-ties': "The leaders' personal ties",
  'security-cooperation': 'Military or security cooperation',
  'party-language': 'Socialist or party language',
} as const;
export type ReadoutTopic = keyof typeof READOUT_TOPICS;
export const READOUT_TOPIC_IDS = vocabularyIds(READOUT_TOPICS);

/**
 * The words a quotation must contain (any one, case-insensitive, as the
 * start of a word) to carry a "stressed" or "mentioned" mark for a topic:
 * a mark rests on words of the readout, never on the site's reading alone.
 */
export const READOUT_TOPIC_WORDS: Readonly<Record<ReadoutTopic, readonly string[]>> = {
  denuclearization: ['denucleari', 'nuclear'],
  'sanctions-economy': ['sanction', 'econom', 'trade', 'investment', 'development concerns'],
  'united-states': ['United States', 'U.S.', 'US', 'Washington', 'Trump', 'American', 'DPRK-U.S.'],
  'south-korea': ['South Korea', 'inter-Korean', 'north-south', 'north and south', 'Seoul', 'Moon Jae-in'],
  'personal-ties': ['personal', 'comrade', 'friend', 'warm', 'family', 'meeting', 'meet', 'reunion', 'visit', 'invit'],
  'security-cooperation': ['military', 'security', 'defen', 'army', 'armed forces', 'alliance'],
  'party-language': ['socialis', 'party', 'parties', 'communist', "Workers' Party", 'WPK', 'CPC'],
};

/** How much room a readout gives a topic, with the word the grid shows for it. */
export const READOUT_MARKS = {
  stressed: 'Stressed',
  mentioned: 'Mentioned',
  absent: 'Absent',
} as const;
export const READOUT_MARK_IDS = vocabularyIds(READOUT_MARKS);

/**
 * What the record shows about a claim: the status a reader sees beside it.
 * Each label is short enough for a card; STATUS_MEANINGS says what it means.
 */
export const STATUSES = {
  matches: 'Matches the record',
  'at-odds': 'At odds with the record',
  partly: 'Partly',
  'borne-out': 'Borne out',
  'not-borne-out': 'Not borne out',
  open: 'Open',
  'what-followed': 'What followed',
  'beyond-record': 'Beyond the record',
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = vocabularyIds(STATUSES);

/** One sentence each: what a status means, for the page that explains them and for tooltips. */
export const STATUS_MEANINGS: Readonly<Record<Status, string>> = {
  matches: 'The dated events bear the statement out as the author made it.',
  'at-odds': 'The dated events contradict the statement.',
  partly: 'The events bear out part of the statement or of the forecast, and not the rest, or the record holds only part of what it would take.',
  'borne-out': 'What the forecast said would happen happened, by the date it is held to.',
  'not-borne-out': 'The date the forecast is held to has passed, and what it said would happen did not.',
  open: 'The record does not yet settle the forecast; it names the day it will be looked at again.',
  'what-followed': 'A reading or a piece of advice cannot be true or false as a fact is; the record shows what happened on the matter it speaks of.',
  'beyond-record': 'The claim is about motives, beliefs or things done out of view, which a record of dated events cannot show; the reason is given.',
};

/** Which statuses each kind of claim may take: a verdict for facts and forecasts, an account for readings and advice. */
export const STATUSES_BY_KIND = {
  fact: ['matches', 'at-odds', 'partly'],
  prediction: ['borne-out', 'not-borne-out', 'partly', 'open'],
  interpretation: ['what-followed', 'beyond-record'],
  prescription: ['what-followed', 'beyond-record'],
} as const satisfies Record<string, readonly Status[]>;

/** Statuses that give a verdict (the record can test the claim), as against those that say what followed or why it cannot. */
export const VERDICT_STATUSES: readonly Status[] = ['matches', 'at-odds', 'partly', 'borne-out', 'not-borne-out'];

/** Longest record line, in characters: one sentence that fits on a card. */
export const LINE_MAX = 160;
