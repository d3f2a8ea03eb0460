/**
 * Every actor named in events.json has a page, and its "Events, in date
 * order" list links exactly that actor's events: none missing, none extra.
 * Static HTML, so it is read from dist/ rather than loaded in a browser.
 */
import { expect, test } from 'vitest';
import { site } from './dist.ts';

interface EventRow { id: string; actors: string[] }

/** The event pages linked from the list that follows the page's "actor-events" heading. */
function listedEvents(html: string): string[] {
  const heading = html.indexOf('id="actor-events"');
  if (heading === -1) return [];
  const list = html.slice(heading, html.indexOf('</ol>', heading));
  return [...list.matchAll(/<a href="[^"]*\/events\/([^/"]+)\/"/g)].map((m) => m[1]!);
}

test('every actor in events.json has a page listing its events', () => {
  const { pages, base, read } = site();
  const events = JSON.parse(read('/events.json')) as EventRow[];
  const actors = [...new Set(events.flatMap((e) => e.actors))].sort();
  expect(actors.length).toBeGreaterThan(10);
  const problems = actors.flatMap((actor) => {
    const page = pages.get(`/actors/${actor}/index.html`);
    if (!page) return [`${actor}: no page at ${base}actors/${actor}/`];
    const listed = listedEvents(page.html).sort();
    const expected = events.filter((e) => e.actors.includes(actor)).map((e) => e.id).sort();
    return JSON.stringify(listed) === JSON.stringify(expected) ? [] : [`${actor}: lists ${listed.length} events, expected ${expected.length} (missing ${expected.filter((id) => !listed.includes(id)).join(', ') || 'none'}; extra ${listed.filter((id) => !expected.includes(id)).join(', ') || 'none'})`];
  });
  expect(problems, problems.join('\n')).toEqual([]);
});
