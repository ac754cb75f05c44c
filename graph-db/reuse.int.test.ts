import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleKey } from '@/ingest/keys';
import { runIngest } from '@/ingest/run-ingest';
import { prose } from '@/ingest/testing/prose';
import { readTransaction } from './driver';
import { ingestRepository } from './repositories/ingest-repository';
import { forgetReuseIndex, reuseRepository } from './repositories/reuse-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from './testing/test-database';

connectTestDatabase();

const sink = ingestRepository;

/** A commentary of two paragraphs; its first paragraph also stands in an earlier-dated speech. */
const opening = prose(1, 45);
const commentary = `${opening}\n${prose(7, 35)}`;

const record = (title: string, date: string, text: string) => ({
  title,
  date,
  source: 'KCNA',
  language: 'en',
  text,
});

const original = record('Original commentary', '2011-03-01', `${prose(2, 30)}\n${commentary}`);
const unrelated = record('Unrelated report', '2011-03-02', prose(3, 120));
const republished = record(
  'Republished commentary',
  '2011-06-15',
  `${commentary}\n${prose(4, 40)}`,
);
// Ingested after the others but dated before them: the stored original reuses it.
const older = record('Older speech', '2010-11-20', `${opening}\n${prose(8, 25)}`);
const twinText = prose(5, 70);
const twinA = record('Twin one', '2011-09-03', twinText);
const twinB = record('Twin two', '2011-09-04', twinText);

const keyOf = (r: { title: string; date: string; source: string }) =>
  articleKey({ title: r.title, date: r.date, sourceName: r.source });

interface EdgeView {
  later: string;
  earlier: string;
  overlap: number;
  /** The longest passage as the later article has it, and as the earlier one has it. */
  passage: string;
  target: string;
  passages: number;
}

/** A passage runs from its first word to its last, without the closing period. */
const unpunctuated = (text: string) => text.replace(/\.$/, '');

async function reuseEdges(): Promise<EdgeView[]> {
  return readTransaction(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Article)-[r:REUSES]->(b:Article)
       RETURN a.title AS later, b.title AS earlier, r.overlap AS overlap,
              substring(a.text, toInteger(r.start), toInteger(r.end - r.start)) AS passage,
              substring(b.text, toInteger(r.targetStart), toInteger(r.targetEnd - r.targetStart)) AS target,
              size(r.starts) AS passages
       ORDER BY later, earlier`,
    );
    return result.records.map((r) => ({
      later: r.get('later') as string,
      earlier: r.get('earlier') as string,
      overlap: Math.round((r.get('overlap') as number) * 100) / 100,
      passage: r.get('passage') as string,
      target: r.get('target') as string,
      passages: Number(r.get('passages')),
    }));
  });
}

describe('REUSES edges written by ingest', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const ingest = async (name: string, records: readonly object[]) => {
    await writeFile(file(name), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    return runIngest([file(name)], { sink });
  };

  beforeAll(async () => {
    await resetDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'narragraph-reuse-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('links a new article to stored ones across runs, later to earlier by date', async () => {
    await ingest('first.jsonl', [original, unrelated]);
    // The second run starts as a new process would: its index comes from the stored sketches.
    forgetReuseIndex();
    await ingest('second.jsonl', [republished, older]);
    // Stored texts separate paragraphs by a blank line. Overlap: shared shingles of the later
    // article / its shingles (a text of n words has n - 4).
    const stored = (text: string) => unpunctuated(text.replaceAll('\n', '\n\n'));
    const edge = (later: string, earlier: string, shared: number, of: number, passage: string) => ({
      later,
      earlier,
      overlap: Math.round((shared / of) * 100) / 100,
      passage: stored(passage),
      target: stored(passage),
      passages: 1,
    });
    expect(await reuseEdges()).toEqual([
      edge('Original commentary', 'Older speech', 41, 106, opening),
      edge('Republished commentary', 'Older speech', 41, 116, opening),
      edge('Republished commentary', 'Original commentary', 76, 116, commentary),
    ]);
  });

  it('changes nothing when the same input is ingested again', async () => {
    const before = await reuseEdges();
    const summary = await ingest('again.jsonl', [original, unrelated, republished, older]);
    expect([summary.unchanged, await reuseEdges()]).toEqual([4, before]);
  });

  it('replaces the edges of an article whose text changed', async () => {
    await ingest('changed.jsonl', [{ ...republished, text: prose(6, 90) }]);
    expect((await reuseEdges()).map((e) => `${e.later} -> ${e.earlier}`)).toEqual([
      'Original commentary -> Older speech',
    ]);
  });

  it('counts the same text under two keys as full reuse, within one batch', async () => {
    await ingest('twins.jsonl', [twinA, twinB]);
    const twins = (await reuseEdges()).filter((e) => e.later.startsWith('Twin'));
    expect(twins.map((e) => [e.later, e.earlier, e.overlap])).toEqual([
      ['Twin two', 'Twin one', 1],
    ]);
  });

  it('reads what an article reuses and who reuses it, with both sides of each passage', async () => {
    const [reuses, reusedBy, count] = await Promise.all([
      reuseRepository.page('reuses', keyOf(original), 0, 10),
      reuseRepository.page('reusedBy', keyOf(older), 0, 10),
      reuseRepository.count('reusedBy', keyOf(older)),
    ]);
    const passage = reuses[0]?.passages[0];
    expect({
      reuses: reuses.map((r) => r.node.title),
      reusedBy: reusedBy.map((r) => r.node.title),
      count,
      same: passage?.reusing.text === passage?.reused.text,
      text: passage?.reused.text,
    }).toEqual({
      reuses: ['Older speech'],
      reusedBy: ['Original commentary'],
      count: 1,
      same: true,
      text: unpunctuated(opening),
    });
  });

  it('writes no reuse edge for a batch written with textReuse false', async () => {
    const copy = record('Unchecked copy', '2011-10-01', twinText);
    await writeFile(file('unchecked.jsonl'), `${JSON.stringify(copy)}\n`);
    const summary = await runIngest([file('unchecked.jsonl')], {
      sink: {
        ...ingestRepository,
        writeBatch: (batch) => ingestRepository.writeBatch(batch, { textReuse: false }),
      },
    });
    const edges = (await reuseEdges()).filter((e) => e.later === 'Unchecked copy');
    expect([summary.created, edges]).toEqual([1, []]);
  });
});
