import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type ExtractedArticle, type IngestSink } from '@/ingest/run-ingest';
import type { Evidence } from '@/ingest/types';
import { MAX_WORD_LENGTH } from '@/ingest/overlong-words';
import { readTransaction } from './driver';
import { evidenceSentence } from './queries/evidence-sentence';
import { ingestRepository } from './repositories/ingest-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from './testing/test-database';

connectTestDatabase();

const corpus = path.resolve(__dirname, '../../shared/corpus/kcna-2011.jsonl');
const RECORDS = 300;

/** One edge's evidence as a comparable line: type, offsets, extractor and sentence. */
const line = (type: string, e: Pick<Evidence, 'start' | 'end' | 'extractor' | 'sentence'>) =>
  JSON.stringify([type, Number(e.start), Number(e.end), e.extractor, e.sentence]);

/** The evidence lines the writer was handed for an article's own edges. */
function extractedLines(article: ExtractedArticle): Set<string> {
  const lines = new Set<string>();
  if (article.source) lines.add(line('PUBLISHED_BY', article.source.evidence));
  for (const x of article.actors) lines.add(line('MENTIONS', x.evidence));
  for (const q of article.quotes) lines.add(line(q.kind, q.evidence));
  for (const e of article.events) lines.add(line('CITES', e.evidence));
  for (const c of article.citations) lines.add(line('CITES_SOURCE', c.evidence));
  for (const n of article.narratives) lines.add(line('ADVANCES', n.evidence));
  return lines;
}

describe('evidence stored as offsets into the article text', () => {
  const extracted = new Map<string, ExtractedArticle>();
  const sink: IngestSink = {
    writeBatch: (batch) => {
      for (const article of batch) extracted.set(article.key, article);
      return ingestRepository.writeBatch(batch);
    },
    awaitSearchable: () => ingestRepository.awaitSearchable(),
  };
  let dir: string;

  beforeAll(async () => {
    await resetDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'narragraph-offsets-'));
    const records = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, RECORDS);
    // Offsets the stored text cannot give back as written: an astral character (Cypher counts
    // code points, JavaScript UTF-16 units) and a word the extractor read blanked.
    records.push(
      JSON.stringify({
        title: 'Astral',
        date: '2011-12-02',
        url: 'http://offsets.test/astral',
        text: 'Pyongyang, December 2 (KCNA) -- 🚀 The DPRK Foreign Ministry said the United States lied.',
      }),
      JSON.stringify({
        title: 'Overlong',
        date: '2011-12-02',
        url: 'http://offsets.test/overlong',
        text: `Pyongyang, December 2 (KCNA) -- The DPRK Foreign Ministry said ${'x'.repeat(MAX_WORD_LENGTH + 5)} to the United States.`,
      }),
    );
    const file = path.join(dir, 'sample.jsonl');
    await writeFile(file, `${records.join('\n')}\n`);
    const summary = await runIngest([file], { sink });
    expect(summary.rejected).toEqual([]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('reads back every edge’s sentence as the extractor saw it, storing few', async () => {
    const stored = await readTransaction(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Article {stub: false})-[r]->()
         WHERE NOT type(r) IN ['RELATED_TO', 'REUSES']
         RETURN a.key AS key, type(r) AS type, r.start AS start, r.end AS end,
                r.extractor AS extractor, ${evidenceSentence('r')} AS sentence,
                r.sentence IS NOT NULL AS kept`,
      );
      return result.records.map((r) => r.toObject() as Record<string, unknown>);
    });
    const byArticle = new Map<string, Set<string>>();
    for (const row of stored) {
      const key = String(row.key);
      const lines = byArticle.get(key) ?? new Set<string>();
      lines.add(line(String(row.type), row as unknown as Evidence));
      byArticle.set(key, lines);
    }
    // A few records of the corpus repeat a URL: one article each.
    expect(extracted.size).toBeGreaterThan(RECORDS - 10);
    for (const [key, article] of extracted)
      expect([...(byArticle.get(key) ?? [])].sort(), key).toEqual(
        [...extractedLines(article)].sort(),
      );
    // Only sentences outside the text (`Source: KCNA`, offsets 0, 0), or read from a text the
    // offsets do not fit, are stored.
    const spanning = stored.filter((row) => Number(row.end) > Number(row.start));
    const kept = spanning.filter((row) => row.kept === true).length;
    expect(kept / spanning.length).toBeLessThan(0.01);
    const keptIn = (title: string) => {
      const key = [...extracted.values()].find((article) => article.title === title)?.key;
      return stored.filter((row) => row.key === key && row.kept === true && row.end !== row.start);
    };
    expect(keptIn('Astral').length).toBeGreaterThan(0);
    expect(keptIn('Overlong').length).toBeGreaterThan(0);
  });
});
