/**
 * The record as data: the data package is valid against the Frictionless Data
 * Package profile (checked by the `datapackage` library, which validates the
 * descriptor against the published JSON Schema), every CSV parses to the types
 * the descriptor declares, and the tables say what events.json and
 * claims.json say. The citation files parse as RIS and CSL-JSON.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error the datapackage library ships no types
import { Package } from 'datapackage';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { site } from './dist.ts';

interface Resource {
  name: string;
  read(options: { keyed: true; cast: true }): Promise<Record<string, unknown>[]>;
}
interface LoadedPackage {
  valid: boolean;
  errors: Error[];
  descriptor: { version?: string; licenses?: unknown[] };
  resources: Resource[];
}

const { dir, read } = site();
const pkg = (await Package.load(join(dir, 'data', 'datapackage.json'))) as LoadedPackage;
const tables = new Map<string, Record<string, unknown>[]>();
for (const resource of pkg.resources) tables.set(resource.name, await resource.read({ keyed: true, cast: true }));
const table = (name: string) => {
  const rows = tables.get(name);
  if (!rows) throw new Error(`no table ${name} in the data package`);
  return rows;
};
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value ?? null);

interface EventJson { id: string; title: string; start: string; end: string | null; disclosed: string | null; kind: string; lane: string; direction: string | null; summary: string; sources: { url: string; primary?: boolean }[]; actors: string[] }
interface ClaimJson { id: string; piece: string; quote: string; kind: string; key: boolean; topics: string[]; events: string[] }

describe('the data package', () => {
  test('is a valid Tabular Data Package with a version and a licence', () => {
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.descriptor.licenses).toHaveLength(1);
  });

  test('every table parses to its declared types', () => {
    expect([...tables.keys()].sort()).toEqual(['actor-names', 'actors', 'claim-events', 'claims', 'event-actors', 'events', 'pieces', 'places', 'sources']);
    expect(table('events').every((r) => r['start'] instanceof Date && typeof r['after_pieces'] === 'boolean')).toBe(true);
    expect(table('sources').every((r) => Number.isInteger(r['position']) && typeof r['primary'] === 'boolean')).toBe(true);
  });

  test('events.csv and sources.csv say what events.json says', () => {
    const json = JSON.parse(read('/events.json')) as EventJson[];
    expect(json.length).toBeGreaterThan(0);
    const rows = table('events').map((r) => ({ id: r['id'], title: r['title'], start: day(r['start']), end: day(r['end']), disclosed: day(r['disclosed']), kind: r['kind'], lane: r['lane'], direction: r['direction'] ?? null, summary: r['summary'] }));
    expect(rows).toEqual(json.map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end, disclosed: e.disclosed, kind: e.kind, lane: e.lane, direction: e.direction, summary: e.summary })));
    expect(table('sources').map((s) => [s['event_id'], s['url'], s['primary']])).toEqual(json.flatMap((e) => e.sources.map((s) => [e.id, s.url, s.primary === true])));
    expect(table('event-actors').map((r) => [r['event_id'], r['actor_id']])).toEqual(json.flatMap((e) => e.actors.map((a) => [e.id, a])));
  });

  test('claims.csv and claim-events.csv say what claims.json says', () => {
    const json = JSON.parse(read('/claims.json')) as ClaimJson[];
    expect(json.length).toBeGreaterThan(0);
    expect(table('claims').map((r) => ({ id: r['id'], piece: r['piece'], quote: r['quote'], kind: r['kind'], key: r['key'], topics: String(r['topics']).split('; ') }))).toEqual(
      json.map((c) => ({ id: c.id, piece: c.piece, quote: c.quote, kind: c.kind, key: c.key, topics: c.topics })),
    );
    const concerns = table('claim-events').filter((r) => r['relation'] === 'concerns').map((r) => [r['claim_id'], r['event_id']]);
    expect(concerns).toEqual(json.flatMap((c) => c.events.map((e) => [c.id, e])));
  });
});

describe('citation files', () => {
  test('the whole record parses as RIS and as CSL-JSON, one item per piece, claim and event', async () => {
    const claims = JSON.parse(read('/claims.json')) as unknown[];
    const events = JSON.parse(read('/events.json')) as unknown[];
    const total = 2 + claims.length + events.length;
    expect((await Cite.async(read('/cite/record.ris'))).data).toHaveLength(total);
    expect((await Cite.async(JSON.parse(read('/cite/record.json')))).data).toHaveLength(total);
  });

  test("a claim page's citation tags name the quote, and its RIS file reads back to the same", async () => {
    const [claim] = JSON.parse(read('/claims.json')) as ClaimJson[];
    const html = read(`/claims/${claim!.id}/index.html`);
    const title = /<meta name="citation_title" content="([^"]*)"/.exec(html)?.[1];
    expect(title?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(claim!.quote.replace(/\s+/g, ' ').trim());
    const [item] = (await Cite.async(read(`/cite/claim/${claim!.id}.ris`))).data;
    expect(item?.['title']).toBe(claim!.quote.replace(/\s+/g, ' ').trim());
  });
});
