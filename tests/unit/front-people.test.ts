import { describe, expect, it } from 'vitest';
import { actorsOfClaim, castGroups, claimsAbout, countryName, eventsOf, mentions, namesOf } from '../../src/lib/people/cast.ts';

const xi = { id: 'xi-jinping', name: 'Xi Jinping', role: 'President', country: 'PRC' };
const kim = { id: 'kim-jong-un', name: 'Kim Jong Un', role: 'Chairman', country: 'DPRK' };
const yo = { id: 'kim-yo-jong', name: 'Kim Yo Jong', role: 'Sister', country: 'DPRK' };
const trump = { id: 'donald-trump', name: 'Donald Trump', role: 'President', country: 'USA' };
const gt = { id: 'global-times', name: 'Global Times', role: 'State-run Chinese newspaper', country: 'PRC' };
const unsc = { id: 'un-security-council', name: 'UN Security Council', role: 'Council', country: 'UN' };
const everyone = [xi, kim, yo, trump, gt, unsc];

describe('names a claim may use', () => {
  it('adds a family name only when no one else shares it, and never for bodies', () => {
    expect(namesOf(xi, everyone)).toEqual(['Xi Jinping', 'Xi']);
    expect(namesOf(kim, everyone)).toEqual(['Kim Jong Un']);
    expect(namesOf(trump, everyone)).toEqual(['Donald Trump', 'Trump']);
    expect(namesOf(gt, everyone)).toEqual(['Global Times']);
    expect(namesOf(unsc, everyone)).toEqual(['UN Security Council']);
  });
  it('matches whole words only, case as written', () => {
    expect(mentions('Xi met Kim.', ['Xi'])).toBe(true);
    expect(mentions('Xinhua reported it.', ['Xi'])).toBe(false);
    expect(mentions('the Trump–Kim summit', ['Trump'])).toBe(true);
    expect(mentions('a trump card', ['Trump'])).toBe(false);
  });
});

describe('an actor’s events and claims', () => {
  const events = [
    { id: 'b', start: '2018-05-07', end: '2018-05-08', actors: ['kim-jong-un', 'xi-jinping'] },
    { id: 'a', start: '2018-03-25', end: '2018-03-28', actors: ['kim-jong-un', 'xi-jinping'] },
    { id: 'c', start: '2018-06-12', actors: ['kim-jong-un', 'donald-trump'] },
  ];
  it('lists events in date order', () => {
    expect(eventsOf('xi-jinping', events).map((e) => e.id)).toEqual(['a', 'b']);
    expect(eventsOf('kim-jong-un', events).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(eventsOf('kim-yo-jong', events)).toEqual([]);
  });
  it('finds claims through the actor’s events or by name', () => {
    const claims = [
      { id: 'by-event', quote: 'Beijing was pleased.', paraphrase: 'China welcomed it.', events: ['b'] },
      { id: 'by-name', quote: 'Trump wanted a deal.', paraphrase: 'The US president wanted a deal.', events: [] },
      { id: 'neither', quote: 'Sanctions bite.', paraphrase: 'Sanctions work.', events: ['c'] },
    ];
    expect(claimsAbout(xi, everyone, events, claims).map((c) => c.id)).toEqual(['by-event']);
    expect(claimsAbout(trump, everyone, events, claims).map((c) => c.id)).toEqual(['by-name', 'neither']);
    expect(claimsAbout(yo, everyone, events, claims)).toEqual([]);
  });
  it('names a claim’s people by the same rule, from the claim’s side', () => {
    const eventById = new Map(events.map((e) => [e.id, e]));
    const ids = (claim: { id: string; quote: string; paraphrase: string; events: string[] }) => actorsOfClaim(claim, everyone, eventById).map((a) => a.id);
    expect(ids({ id: 'by-event', quote: 'Beijing was pleased.', paraphrase: 'China welcomed it.', events: ['b'] })).toEqual(['xi-jinping', 'kim-jong-un']);
    expect(ids({ id: 'by-name', quote: 'Trump wanted a deal.', paraphrase: 'Xi agreed.', events: [] })).toEqual(['xi-jinping', 'donald-trump']);
    expect(ids({ id: 'both', quote: 'Trump met Kim.', paraphrase: 'The Global Times said so.', events: ['c', 'missing'] })).toEqual(['kim-jong-un', 'donald-trump', 'global-times']);
    expect(ids({ id: 'none', quote: 'Sanctions bite.', paraphrase: 'A trump card.', events: [] })).toEqual([]);
    // Each of these agrees with asking claimsAbout actor by actor.
    for (const claim of [{ id: 'x', quote: 'Trump met Kim Jong Un.', paraphrase: 'Xi watched.', events: ['a'] }]) {
      expect(ids(claim)).toEqual(everyone.filter((a) => claimsAbout(a, everyone, events, [claim]).length > 0).map((a) => a.id));
    }
  });
});

describe('the cast grouped by country', () => {
  it('orders groups China, North Korea, …, and people by name', () => {
    const groups = castGroups([unsc, trump, yo, gt, kim, xi]);
    expect(groups.map((g) => g.heading)).toEqual(['China', 'North Korea', 'United States', 'United Nations']);
    expect(groups[0]!.actors.map((a) => a.id)).toEqual(['global-times', 'xi-jinping']);
    expect(groups[1]!.actors.map((a) => a.id)).toEqual(['kim-jong-un', 'kim-yo-jong']);
    expect(countryName('Atlantis')).toBe('Atlantis');
  });
});
