import type { Published } from '../schemas/article.ts';
import { isoFromParts, monthName, parseIsoDate, type IsoDate } from '../calendar/calendar.ts';
import { normaliseSpace } from './share-text.ts';

/**
 * Ready-made citations (Chicago, APA, BibTeX) for a claim or an event page.
 * They name only what is known: an unsigned piece gets no author, an unknown
 * outlet no publisher, an undated piece "n.d." with the inferred window stated
 * as such. Pure functions, so the page and the browser build the same strings.
 */

export interface PieceRef {
  title: string;
  author: string | null;
  outlet: string | null;
  published: Published;
}

export interface CiteInput {
  /** Claim citations name the piece; event citations have none. */
  piece?: PieceRef | undefined;
  /** What is being cited on this site: the claim's quote or the event's title. */
  subject: { kind: 'claim' | 'event'; id: string; text: string; when?: string | undefined };
  /** Absolute URL of the claim or event page. */
  url: string;
  /** The day the reader consulted it. */
  accessed: IsoDate;
  siteName?: string;
}

export interface Citations {
  chicago: string;
  apa: string;
  bibtex: string;
}

const SITE = 'Lips and Teeth';

/** "March 26, 2018". */
function usDate(date: IsoDate): string {
  const p = parseIsoDate(date);
  return p ? `${monthName(p.month)} ${p.day}, ${p.year}` : date;
}

/** A title followed by a period, unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** "Frank Ching" → { family: "Ching", given: ["Frank"] }. */
function splitName(name: string): { family: string; given: string[] } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return { family, given: parts };
}

/** The claim's quote, whole: a citation that cuts the words it cites misquotes them. */
function quoted(subject: CiteInput['subject']): string {
  return normaliseSpace(subject.text);
}

/** How the inferred window reads in prose, in the style's own date format. */
function windowNote(published: Published, format: (d: IsoDate) => string): string {
  return published.earliest && published.latest
    ? `written between ${format(published.earliest)} and ${format(published.latest)} (inferred from the text)`
    : 'date unknown';
}

export function chicago(input: CiteInput): string {
  const site = input.siteName ?? SITE;
  const accessed = `Accessed ${usDate(input.accessed)}.`;
  if (input.subject.kind === 'event' || !input.piece) {
    const when = input.subject.when ? ` (${input.subject.when})` : '';
    return `“${sentence(`${input.subject.text}${when}`)}” Event record. ${site}. ${input.url}. ${accessed}`;
  }
  const { piece } = input;
  const parts: string[] = [];
  if (piece.author) {
    const { family, given } = splitName(piece.author);
    parts.push(`${given.length > 0 ? `${family}, ${given.join(' ')}` : family}.`);
  }
  parts.push(`“${sentence(piece.title)}”`);
  const date = piece.published.date ? usDate(piece.published.date) : `n.d., ${windowNote(piece.published, usDate)}`;
  parts.push(`${piece.outlet ? `${piece.outlet}, ` : piece.author ? '' : 'Unsigned, '}${date}.`);
  parts.push(`Claim “${quoted(input.subject)}” In ${site}.`);
  parts.push(`${input.url}.`);
  parts.push(accessed);
  return parts.join(' ');
}

/** APA date: "(2018, March 26)" or "(n.d.)". */
function apaDate(published: Published): string {
  const p = published.date ? parseIsoDate(published.date) : null;
  return p ? `(${p.year}, ${monthName(p.month)} ${p.day})` : '(n.d.)';
}

function apaAccessed(accessed: IsoDate): string {
  return `Retrieved ${usDate(accessed)}, from`;
}

export function apa(input: CiteInput): string {
  const site = input.siteName ?? SITE;
  if (input.subject.kind === 'event' || !input.piece) {
    const when = input.subject.when ? ` [Event, ${input.subject.when}]` : ' [Event]';
    return `${site}. (n.d.). ${input.subject.text}${when}. ${apaAccessed(input.accessed)} ${input.url}`;
  }
  const { piece } = input;
  const title = sentence(piece.title);
  const window = piece.published.date ? '' : ` [Undated; ${windowNote(piece.published, usDate)}]`;
  const source = `${piece.outlet ? ` ${piece.outlet}.` : ''} Claim “${quoted(input.subject)}” In ${site}.`;
  if (piece.author) {
    const { family, given } = splitName(piece.author);
    const initials = given.map((g) => `${g[0]}.`).join(' ');
    return `${initials ? `${family}, ${initials}` : family} ${apaDate(piece.published)}. ${title}${window}${source} ${apaAccessed(input.accessed)} ${input.url}`;
  }
  // APA: with no author, the title moves to the author position.
  return `${title} ${apaDate(piece.published)}.${window}${source} ${apaAccessed(input.accessed)} ${input.url}`;
}

/** Escape text for a braced BibTeX field. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/\\textbackslash\\\{\\\}/g, '\\textbackslash{}');
}

export function bibtex(input: CiteInput): string {
  const site = input.siteName ?? SITE;
  const key = `lipsandteeth-${input.subject.id}`;
  const fields: [string, string][] = [];
  if (input.subject.kind === 'event' || !input.piece) {
    fields.push(['title', input.subject.text]);
    if (input.subject.when) fields.push(['note', `Event record, ${input.subject.when}`]);
    fields.push(['organization', site]);
  } else {
    const { piece } = input;
    fields.push(['title', piece.title]);
    if (piece.author) {
      const { family, given } = splitName(piece.author);
      fields.push(['author', given.length > 0 ? `${family}, ${given.join(' ')}` : family]);
    }
    if (piece.outlet) fields.push(['organization', piece.outlet]);
    const p = piece.published.date ? parseIsoDate(piece.published.date) : null;
    if (p) {
      fields.push(['date', isoFromParts(p.year, p.month, p.day)]);
      fields.push(['year', String(p.year)]);
    }
    const undated = p ? '' : ` Undated; ${windowNote(piece.published, (d) => d)}.`;
    fields.push(['note', `Claim “${quoted(input.subject)}” in ${site}.${undated}`]);
  }
  fields.push(['url', input.url]);
  fields.push(['urldate', input.accessed]);
  // URLs are verbatim in biblatex's url field; everything else is escaped.
  const body = fields.map(([name, value]) => `  ${name} = {${name === 'url' ? value : bibtexEscape(value)}},`).join('\n');
  return `@online{${key},\n${body}\n}`;
}

export function citations(input: CiteInput): Citations {
  return { chicago: chicago(input), apa: apa(input), bibtex: bibtex(input) };
}
