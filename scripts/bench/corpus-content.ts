/**
 * A synthetic corpus for measuring growth: N pieces, each with claims marked
 * `:claim[…]{#id}` and listed in frontmatter, and M events with actors and
 * sources, all valid under the site's schemas. Deterministic (seeded), so two
 * runs build the same site. The text is filler, never presented as fact; its
 * reference URLs are on example.org, the domain reserved for examples.
 */
import { KIND_IDS, LANE_IDS, TOPIC_IDS } from '../../src/schemas/vocabulary.ts';
import { seeded } from '../../tests/seeded.ts';

export interface CorpusSize {
  pieces: number;
  claimsPerPiece: number;
  events: number;
  actors: number;
}

export const DEFAULT_SIZE: CorpusSize = { pieces: 1000, claimsPerPiece: 3, events: 10_000, actors: 40 };

export interface CorpusFile {
  /** Path under the project root, e.g. "content/events/e-00001.md". */
  path: string;
  text: string;
}


const WORDS = (
  'analysis border channel council delegation dialogue diplomacy envoy exchange frontier guarantee harbour '
  + 'influence initiative leverage ministry negotiation observer overture partnership peninsula pressure protocol '
  + 'railway reassurance reciprocity regime resolution restraint sanction security settlement signal stability '
  + 'statement strategy summit support tension trade treaty verification visit warning accord agenda alliance '
  + 'assurance balance bargain buffer calendar caution ceasefire commerce communique compromise concession '
  + 'consensus corridor credibility crisis deadline deterrence disarmament embargo engagement escalation gesture '
  + 'goodwill hostility inspection interest isolation mediation memorandum moratorium normalisation obligation '
  + 'patience pledge precedent proposal rapprochement reform relief rivalry roadmap sovereignty stalemate '
  + 'sequencing timetable transparency trust ultimatum understanding venue withdrawal'
).split(' ');

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

function isoDay(base: number, offsetDays: number): string {
  return new Date(base + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export function generateCorpus(size: CorpusSize = DEFAULT_SIZE, seed = 2018): CorpusFile[] {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const text = words(n);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const files: CorpusFile[] = [];
  const start2000 = Date.UTC(2000, 0, 1);
  const days = 25 * 365;

  const actorIds = Array.from({ length: size.actors }, (_, i) => `actor-${pad(i + 1, 3)}`);
  for (const id of actorIds) {
    files.push({ path: `content/actors/${id}.yaml`, text: `id: ${id}\nname: ${q(`Actor ${id.slice(6)}`)}\nrole: ${q('Synthetic actor for the benchmark corpus')}\ncountry: ${q('Nowhere')}\n` });
  }

  const eventIds = Array.from({ length: size.events }, (_, i) => `e-${pad(i + 1, 5)}`);
  const claimOfEvent = new Map<string, string>();
  const articleFiles: CorpusFile[] = [];
  for (let p = 1; p <= size.pieces; p++) {
    const slug = `piece-${pad(p, 4)}`;
    const claims = Array.from({ length: size.claimsPerPiece }, (_, c) => {
      const id = `p${pad(p, 4)}-claim-${c + 1}`;
      const events = [pick(eventIds)];
      if (rand() < 0.3) events.push(pick(eventIds));
      const unique = [...new Set(events)];
      for (const e of unique) if (!claimOfEvent.has(e) && rand() < 0.5) claimOfEvent.set(e, id);
      const topics = [...new Set([pick(TOPIC_IDS), pick(TOPIC_IDS)])];
      return { id, events: unique, topics, span: sentence(12 + Math.floor(rand() * 8)).slice(0, -1), paraphrase: `The author argues that ${words(10)}.` };
    });
    const paragraphs: string[] = [];
    for (let i = 0; i < 2 * size.claimsPerPiece; i++) {
      const body = Array.from({ length: 4 }, () => sentence(10 + Math.floor(rand() * 10))).join(' ');
      const claim = i % 2 === 1 ? claims[(i - 1) / 2] : undefined;
      paragraphs.push(claim ? `${body} :claim[${claim.span}]{#${claim.id}}. ${sentence(9)}` : body);
    }
    const published = isoDay(start2000, Math.floor(rand() * days));
    const title = `Benchmark piece ${p}: ${words(4)}`;
    const front = [
      '---',
      `title: ${q(title)}`,
      'dek: null',
      'author: null',
      'authorBio: null',
      'outlet: null',
      'sourceUrl: null',
      `sourceText: ${slug}.txt`,
      'published:',
      '  basis: stated',
      `  date: ${published}`,
      `  note: ${q('Synthetic benchmark piece; the date is generated.')}`,
      `thesis: ${q(`The piece argues that ${words(12)}.`)}`,
      'removed:',
      `  - text: ${q(title)}`,
      `    reason: ${q('Moved to the title field')}`,
      'claims:',
      ...claims.flatMap((c, i) => [
        `  - id: ${c.id}`,
        `    paraphrase: ${q(c.paraphrase)}`,
        '    kind: interpretation',
        `    topics: [${c.topics.join(', ')}]`,
        `    events: [${c.events.join(', ')}]`,
        // Every claim says what the record shows (src/schemas/claim.ts), resting on its own events.
        '    record:',
        '      status: what-followed',
        `      line: ${q('Synthetic benchmark record line.')}`,
        `      events: [${c.events.join(', ')}]`,
        // A piece marks 3 to 6 key claims (KEY_CLAIMS in src/schemas/article.ts): the first three.
        ...(i < 3 ? ['    key: true'] : []),
      ]),
      '---',
      '',
    ];
    articleFiles.push({ path: `content/articles/${slug}.md`, text: `${front.join('\n')}${paragraphs.join('\n\n')}\n` });
    // The piece's raw text, which the build checks the body against word for word: the paragraphs without the claim markup.
    // The title is a line of the source text too (the build checks it verbatim).
    articleFiles.push({ path: `content/sources/${slug}.txt`, text: `${title}\n\n${paragraphs.map((para) => para.replace(/:claim\[([^\]]*)\]\{#[^}]*\}/g, '$1')).join('\n\n')}\n` });
  }

  for (const id of eventIds) {
    const offset = Math.floor(rand() * days);
    const roll = rand();
    let start = isoDay(start2000, offset);
    let end: string | undefined;
    let precision = 'day';
    if (roll < 0.1) {
      precision = 'month';
      const d = new Date(`${start}T00:00:00Z`);
      start = `${start.slice(0, 7)}-01`;
      end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    } else if (roll < 0.3) {
      end = isoDay(start2000, offset + 1 + Math.floor(rand() * 3));
    }
    const actors = [...new Set([pick(actorIds), pick(actorIds)])];
    const lines = [
      '---',
      `id: ${id}`,
      `title: ${q(`Event ${id.slice(2)}: ${words(5)}`)}`,
      `start: ${start}`,
      ...(end ? [`end: ${end}`] : []),
      `precision: ${precision}`,
      `kind: ${pick(KIND_IDS)}`,
      `lane: ${pick(LANE_IDS)}`,
      `actors: [${actors.join(', ')}]`,
      `place: ${q(`City ${1 + Math.floor(rand() * 200)}`)}`,
      `summary: ${q(sentence(20))}`,
      'sources:',
      `  - publisher: ${q('Benchmark Wire')}`,
      `    title: ${q(`Report on event ${id.slice(2)}`)}`,
      `    date: ${end ?? start}`,
      `    url: https://example.org/benchmark/${id}`,
      '---',
      '',
    ];
    files.push({ path: `content/events/${id}.md`, text: lines.join('\n') });
  }
  return [...files, ...articleFiles];
}
