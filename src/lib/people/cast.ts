/**
 * The cast of characters: who took part in which events, which claims
 * concern them, and how the cast is grouped. Pure functions over plain data,
 * so the actor pages and the index agree and the rules are unit-tested.
 */

export interface CastActor {
  id: string;
  name: string;
  role: string;
  country: string;
}

export interface CastEvent {
  id: string;
  start: string;
  end?: string | undefined;
  actors: readonly string[];
}

export interface CastClaim {
  id: string;
  quote: string;
  paraphrase: string;
  events: readonly string[];
}

/** Country codes as the content writes them, and the heading a reader sees, in the order the cast is shown. */
export const COUNTRY_GROUPS: readonly (readonly [string, string])[] = [
  ['PRC', 'China'],
  ['DPRK', 'North Korea'],
  ['ROK', 'South Korea'],
  ['USA', 'United States'],
  ['Russia', 'Russia'],
  ['UN', 'United Nations'],
];

/** A country code's reader-facing name ("PRC" → "China"); unknown codes are shown as written. */
export function countryName(code: string): string {
  return COUNTRY_GROUPS.find(([c]) => c === code)?.[1] ?? code;
}

/** Countries whose names are written family name first (Xi Jinping, Kim Jong Un, Moon Jae-in). */
const FAMILY_NAME_FIRST = new Set(['PRC', 'DPRK', 'ROK']);

/** The short name a text uses once a person is introduced: "Xi", "Trump". Bodies ("Global Times") have none. */
function familyName(actor: CastActor): string | null {
  const words = actor.name.split(/\s+/);
  if (words.length < 2 || actor.country === 'UN' || /newspaper|council|committee|ministry/i.test(actor.role.slice(0, 40))) return null;
  return (FAMILY_NAME_FIRST.has(actor.country) ? words[0] : words.at(-1)) ?? null;
}

/**
 * The names a claim may call an actor by: the full name, and the family
 * name alone when no other actor shares it ("Xi" yes; "Kim" no, there are
 * several Kims).
 */
export function namesOf(actor: CastActor, everyone: readonly CastActor[]): string[] {
  const names = [actor.name];
  const short = familyName(actor);
  if (short && everyone.every((other) => other.id === actor.id || familyName(other) !== short)) names.push(short);
  return names;
}

const wordRes = new Map<string, RegExp>();
/** One expression per name, made once: every claim page asks about every actor. */
const wordRe = (name: string): RegExp => {
  let re = wordRes.get(name);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    wordRes.set(name, re);
  }
  return re;
};

/** Whether a text names the actor by one of its names, as a whole word, case as written. */
export function mentions(text: string, names: readonly string[]): boolean {
  return names.some((n) => wordRe(n).test(text));
}

/** The actor's events, in date order (start, then end, then id). */
export function eventsOf<E extends CastEvent>(actorId: string, events: readonly E[]): E[] {
  return events
    .filter((e) => e.actors.includes(actorId))
    .sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id));
}

/**
 * Claims that concern an actor: those about one of the actor's events, and
 * those whose quote or paraphrase names them. In the claims' own order.
 */
export function claimsAbout<C extends CastClaim>(actor: CastActor, everyone: readonly CastActor[], events: readonly CastEvent[], claims: readonly C[]): C[] {
  const own = new Set(events.filter((e) => e.actors.includes(actor.id)).map((e) => e.id));
  const names = namesOf(actor, everyone);
  return claims.filter((c) => c.events.some((e) => own.has(e)) || mentions(`${c.quote} ${c.paraphrase}`, names));
}

const namesByCast = new WeakMap<readonly CastActor[], Map<string, string[]>>();

/** namesOf for every actor of a cast, worked out once per cast (each actor's short name is checked against everyone else). */
function castNames(actor: CastActor, everyone: readonly CastActor[]): string[] {
  let names = namesByCast.get(everyone);
  if (!names) {
    names = new Map();
    namesByCast.set(everyone, names);
  }
  let own = names.get(actor.id);
  if (!own) {
    own = namesOf(actor, everyone);
    names.set(actor.id, own);
  }
  return own;
}

/**
 * The actors a claim concerns, by the rule of claimsAbout seen from the
 * claim's side: the actors of its own events (looked up by id) and those its
 * quote or paraphrase names. In `everyone`'s order. A claim page asks this for
 * one claim: scanning every event once per actor, as claimsAbout does, would
 * make each claim page cost actors × events.
 */
export function actorsOfClaim<A extends CastActor>(claim: CastClaim, everyone: readonly A[], eventById: ReadonlyMap<string, CastEvent>): A[] {
  const viaEvents = new Set(claim.events.flatMap((id) => eventById.get(id)?.actors ?? []));
  const text = `${claim.quote} ${claim.paraphrase}`;
  return everyone.filter((actor) => viaEvents.has(actor.id) || mentions(text, castNames(actor, everyone)));
}

export interface CastGroup<A extends CastActor> {
  code: string;
  heading: string;
  actors: A[];
}

/** Actors grouped by country or body, groups in COUNTRY_GROUPS order (unknown ones last, by code), actors by name. */
export function castGroups<A extends CastActor>(actors: readonly A[]): CastGroup<A>[] {
  const order = (code: string) => {
    const i = COUNTRY_GROUPS.findIndex(([c]) => c === code);
    return i === -1 ? COUNTRY_GROUPS.length : i;
  };
  const codes = [...new Set(actors.map((a) => a.country))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return codes.map((code) => ({
    code,
    heading: countryName(code),
    actors: actors.filter((a) => a.country === code).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}
