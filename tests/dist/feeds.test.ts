/**
 * The site's data files readers subscribe to: XML files (sitemap, feed) are
 * well-formed, an RSS feed has a channel title and link, and the iCalendar
 * file is valid. The site publishes its claims feed (/claims.xml) and its
 * events calendar (/events.ics): a build that stops writing either fails.
 */
import { expect, test } from 'vitest';
import { SyntaxValidator } from 'fast-xml-validator';
import { site } from './dist.ts';
import { checkICalendar } from './lib/ical.ts';

/** Why an XML text is not well-formed, or null when it is. */
function xmlProblem(text: string): string | null {
  try {
    SyntaxValidator.validate(text);
    return null;
  } catch (error) {
    const { line, message } = error as { line?: number; message: string };
    return `line ${line ?? '?'}: ${message}`;
  }
}

const xmlFiles = () => site().files.filter((f) => /\.(xml|rss|atom)$/.test(f));
const feeds = () => xmlFiles().filter((f) => /<(rss|feed)[\s>]/.test(site().read(f)));
const calendars = () => site().files.filter((f) => f.endsWith('.ics'));

test('XML files are well-formed', () => {
  const problems = xmlFiles().flatMap((file) => {
    const why = xmlProblem(site().read(file));
    return why ? [`${file}: not well-formed XML (${why})`] : [];
  });
  expect(xmlFiles().length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('the well-formedness check catches a broken file', () => {
  expect(xmlProblem('<rss><channel><title>x</channel></rss>')).toMatch(/^line 1: .*title/);
  expect(xmlProblem('<?xml version="1.0"?><rss><channel/></rss>')).toBeNull();
});

test('RSS feeds have a channel title and link', () => {
  expect(feeds(), 'the build wrote no feed (claims.xml)').toContain('/claims.xml');
  const problems = feeds()
    .filter((feed) => /<rss[\s>]/.test(site().read(feed)) && !/<channel>[\s\S]*<title>[\s\S]*<link>[\s\S]*<\/channel>/.test(site().read(feed)))
    .map((feed) => `${feed}: RSS without a channel title and link`);
  expect(problems).toEqual([]);
});

test('iCalendar files are valid', () => {
  expect(calendars(), 'the build wrote no calendar (events.ics)').toContain('/events.ics');
  const problems = calendars().flatMap((file) => checkICalendar(site().read(file)).map((p) => `${file}: ${p}`));
  expect(problems).toEqual([]);
});
