import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../../src/loader/pipeline.ts';
import { checkContent, type ContentFile } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { LIMITS } from '../../src/validate/limits.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): ContentFile => ({ path, bytes: encode(text) });

const piece = (claims: string, body: string) => `---
title: A piece
sourceText: src.txt
dek: null
author: null
authorBio: null
outlet: null
sourceUrl: null
published:
  basis: inferred
  earliest: 2019-01-10
  latest: 2019-02-26
  note: From its evidence.
thesis: It argues something.
claims:
${claims}removed:
  - text: A piece
    reason: Moved to the title field.
---
${body}
`;

/** The source text a body was copied from: its headline, then the body with its claim directives reduced to their text. */
const source = (text: string) => `A piece\n${text.slice(text.indexOf('\n---\n') + 5).replace(/:claim\[([^\]]*)\]\{[^}]*\}/g, '$1')}`;

/** The one event every test claim's record rests on, and its actor. */
const EVENT = `---
id: an-event
title: "An event"
start: 2018-03-25
precision: day
kind: visit
lane: multilateral
actors: [an-actor]
place: "A place"
summary: "Something happened."
sources:
  - publisher: "A publisher"
    title: "A report"
    date: 2018-03-28
    url: https://example.org/report
---
`;
const ACTOR = 'id: an-actor\nname: An Actor\nrole: Envoy\ncountry: China\n';

/** Content as checked: the given files, each piece with its own source text. */
function check(files: ContentFile[]) {
  const all: ContentFile[] = [file('content/events/an-event.md', EVENT), file('content/actors/an-actor.yaml', ACTOR)];
  for (const f of files) {
    const name = f.path.replace(/^.*\/|\.md$/g, '');
    const text = new TextDecoder().decode(f.bytes).replace('sourceText: src.txt', `sourceText: ${name}.txt`);
    all.push(file(f.path, text), file(`content/sources/${name}.txt`, source(text)));
  }
  return checkContent(all);
}

const claim = (id: string, topics = '[sanctions]') => `  - id: ${id}\n    paraphrase: It says something.\n    topics: ${topics}\n    kind: interpretation\n    record: { status: what-followed, line: "Something happened.", events: [an-event] }\n`;

describe('checkContent', () => {
  it('passes valid content and returns the claims it found', () => {
    const { problems, content } = check([file('content/articles/a.md', piece(claim('first-claim'), 'Text :claim[said this]{#first-claim}.'))]);
    expect(problems).toEqual([]);
    expect(content.articles[0]?.claims).toEqual([{ id: 'first-claim', quote: 'said this', paragraph: 'Text said this.', line: 1 }]);
  });

  it('reports a duplicate claim id across pieces, naming both files', () => {
    const { problems } = check([
      file('content/articles/a.md', piece(claim('same-claim'), ':claim[One.]{#same-claim}')),
      file('content/articles/b.md', piece(claim('same-claim'), ':claim[Two.]{#same-claim}')),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/b.md', field: 'same-claim', message: expect.stringMatching(/already used in content\/articles\/a\.md/) }),
    ]);
  });

  it('reports a duplicate claim id within a piece, with the line', () => {
    const { problems } = check([file('content/articles/a.md', piece(claim('same-claim'), ':claim[One.]{#same-claim}\n\n:claim[Two.]{#same-claim}'))]);
    expect(problems).toEqual([expect.objectContaining({ line: 27, field: 'same-claim', message: expect.stringMatching(/marks two spans/) })]);
  });

  it('reports an unknown topic at its line', () => {
    const { problems } = check([file('content/articles/a.md', piece(claim('a-claim', '[weather]'), ':claim[One.]{#a-claim}'))]);
    expect(problems).toEqual([expect.objectContaining({ line: 18, field: 'claims[0].topics[0]', message: expect.stringMatching(/unknown topic "weather"/) })]);
  });

  it('reports claims marked but not listed, and listed but not marked', () => {
    const { problems } = check([file('content/articles/a.md', piece(claim('listed-claim'), ':claim[One.]{#marked-claim}'))]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/"marked-claim" is marked in the text but missing from the frontmatter/),
      expect.stringMatching(/"listed-claim" is listed in the frontmatter but not marked/),
    ]);
  });

  it('reports a missing frontmatter field by name', () => {
    const text = piece(claim('a-claim'), ':claim[One.]{#a-claim}').replace('thesis: It argues something.\n', '');
    expect(check([file('content/articles/a.md', text)]).problems).toEqual([
      expect.objectContaining({ field: 'thesis', message: 'thesis is missing; add it to the frontmatter' }),
    ]);
  });
});

describe('the content pipeline', () => {
  it('reads the project once per content state and hands every caller the same checked run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pipeline-'));
    try {
      mkdirSync(join(root, 'content/actors'), { recursive: true });
      writeFileSync(join(root, 'content/actors/kim-jong-un.yaml'), 'id: kim-jong-un\nname: Kim Jong Un\nrole: Leader\ncountry: North Korea\n');
      const first = await runPipeline(root);
      expect(first.problems).toEqual([]);
      expect(first.content.actors.map((a) => a.data.id)).toEqual(['kim-jong-un']);
      // A second caller (the share cards after the pages) gets the very same run.
      expect(await runPipeline(root)).toBe(first);
      // An edit makes a new run, which sees the edit.
      writeFileSync(join(root, 'content/actors/kim-jong-un.yaml'), 'id: kim-jong-un\nname: Kim Jong Un\nrole: Chairman\ncountry: North Korea\n');
      const second = await runPipeline(root);
      expect(second).not.toBe(first);
      expect(second.problems).toEqual([]);
      expect(second.content.actors[0]?.data.role).toBe('Chairman');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps unquoted dates as the text written: YAML 1.2, no timestamps', () => {
    const { problems } = check([file('content/articles/a.md', piece(claim('a-claim'), ':claim[One.]{#a-claim}').replace('earliest: 2019-01-10', 'earliest: 0019-01-10'))]);
    expect(problems).toEqual([expect.objectContaining({ field: 'published.earliest', message: expect.stringMatching(/^0019-01-10 is outside 1990-01-01…2030-12-31/) })]);
  });
});

describe('files the check does not read', () => {
  it('refuses a file over the size limit by name, before parsing it', () => {
    const actor = `id: big-actor\nname: Big\nrole: "${'x'.repeat(LIMITS.fileBytes)}"\ncountry: Nowhere\n`;
    const { problems } = checkContent([file('content/actors/big-actor.yaml', actor)]);
    expect(problems).toEqual([
      { file: 'content/actors/big-actor.yaml', message: 'the file is 257 KB, over the 256 KB a content file may have (LIMITS in src/validate/limits.ts); remove what does not belong (a pasted page, repeated text) or split it' },
    ]);
  });

  it('names a file that cannot be read, and does not then blame the event as missing', () => {
    const event = { path: 'content/events/locked-event.md', bytes: new Uint8Array(), refused: 'EACCES' };
    const { problems } = checkContent([event]);
    expect(problems).toEqual([{ file: 'content/events/locked-event.md', message: 'the file cannot be read (EACCES); fix its permissions (chmod a+r) or delete it' }]);
  });

  it('reads a symbolic link as refused, without following it, and an unreadable file as refused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'read-content-'));
    try {
      mkdirSync(join(root, 'content/events'), { recursive: true });
      writeFileSync(join(root, 'outside.md'), 'secret');
      symlinkSync(join(root, 'outside.md'), join(root, 'content/events/linked.md'));
      writeFileSync(join(root, 'content/events/locked.md'), 'x');
      chmodSync(join(root, 'content/events/locked.md'), 0o000);
      const files = await readContentDir(root);
      const linked = files.find((f) => f.path === 'content/events/linked.md');
      expect(linked).toEqual({ path: 'content/events/linked.md', bytes: new Uint8Array(), refused: 'symlink' });
      const locked = files.find((f) => f.path === 'content/events/locked.md');
      // root reads any file: the refusal can only be seen as another user.
      if (process.getuid?.() !== 0) expect(locked?.refused).toBe('EACCES');
      else expect(Buffer.from(locked?.bytes ?? []).toString()).toBe('x');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
