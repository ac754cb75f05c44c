import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/ingest/run-ingest';
import { readTransaction } from './driver';
import { evidenceSentence } from './queries/evidence-sentence';
import { ingestRepository } from './repositories/ingest-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from './testing/test-database';

connectTestDatabase();

const seed = path.resolve(__dirname, '../../shared/seeds/kcna-watch-page-2021-08-01.txt');
const sink = ingestRepository;

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return readTransaction(async (tx) =>
    (await tx.run(cypher, params)).records.map((r) => r.toObject() as T),
  );
}

describe('ingesting the seed page', () => {
  let dir: string;
  beforeAll(async () => {
    if (!existsSync(seed))
      throw new Error(
        `the seed page is missing at ${seed}: ../shared must sit beside the repository`,
      );
    await resetDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'narragraph-ingest-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('stores the article with its source and date', async () => {
    const summary = await runIngest([seed], { sink });
    expect(summary).toMatchObject({ read: 1, created: 1, unchanged: 0, rejected: [] });
    const [article] = await rows<{
      title: string;
      date: string;
      source: string;
      evidence: string;
      extractor: string;
    }>(
      `MATCH (a:Article {stub: false})-[p:PUBLISHED_BY]->(s:Source)
       RETURN a.title AS title, a.date AS date, s.name AS source, ${evidenceSentence('p')} AS evidence,
              p.extractor AS extractor`,
    );
    expect(article).toEqual({
      title: 'U.S. and West Hammered for Claiming About China’s Cyber Threats',
      date: '2021-08-01',
      source: 'Ministry of Foreign Affairs (EN)',
      // The body never names its publisher; the page's Date line does.
      evidence:
        'Date: 01/08/2021 | Source: Ministry of Foreign Affairs (EN) | Read original version at source',
      extractor: 'source/header',
    });
  });

  it('links the actors with the sentence that justifies each mention', async () => {
    const actors = await rows<{
      name: string;
      sentence: string;
      start: number;
      end: number;
      extractor: string;
    }>(
      `MATCH (:Article {stub: false})-[m:MENTIONS]->(x:Actor)
       RETURN x.name AS name, ${evidenceSentence('m')} AS sentence, m.start AS start, m.end AS end,
              m.extractor AS extractor`,
    );
    const names = actors.map((a) => a.name);
    for (const name of [
      'United States',
      'China',
      'European Union',
      'NATO',
      'Microsoft',
      'Global Times',
      'Edward Snowden',
    ]) {
      expect(names).toContain(name);
    }
    for (const actor of actors) {
      expect(actor.sentence.length).toBeGreaterThan(10);
      expect(Number(actor.end)).toBeGreaterThan(Number(actor.start));
      expect(actor.extractor).toMatch(/\S/);
    }
  });

  it('has the cited events of July 19 and July 20, 2021 with their actors', async () => {
    const events = await rows<{ date: string; precision: string; actors: string[] }>(
      `MATCH (:Article {stub: false})-[:CITES]->(e:Event)
       OPTIONAL MATCH (e)-[:INVOLVES]->(x:Actor)
       RETURN e.date AS date, e.precision AS precision, collect(x.key) AS actors ORDER BY date`,
    );
    const day = events.filter((e) => e.precision === 'day').map((e) => e.date);
    expect(day).toEqual(expect.arrayContaining(['2021-07-19', '2021-07-20']));
    expect(events.find((e) => e.date === '2021-07-19')?.actors).toEqual(
      expect.arrayContaining(['country:china', 'country:united-states']),
    );
  });

  it('attributes words to China’s foreign ministry spokesperson and to Global Times', async () => {
    const quotes = await rows<{ type: string; actor: string; parent: string | null; text: string }>(
      `MATCH (:Article {stub: false})-[q:QUOTES|ATTRIBUTES]->(x:Actor)
       OPTIONAL MATCH (x)-[:PART_OF]->(p:Actor)
       RETURN type(q) AS type, x.name AS actor, p.key AS parent, q.text AS text`,
    );
    const ministry = quotes.find((q) => q.actor === 'Foreign Ministry of China');
    expect(ministry?.parent).toBe('country:china');
    expect(quotes.some((q) => q.actor === 'Global Times')).toBe(true);
    expect(quotes.every((q) => q.text.length > 0)).toBe(true);
  });

  it('links the narratives “hacking empire” and “global chieftain of hackers”', async () => {
    const labels = (
      await rows<{ label: string }>(
        `MATCH (:Article {stub: false})-[:ADVANCES]->(n:Narrative) RETURN n.label AS label`,
      )
    ).map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining(['hacking empire', 'global chieftain of hackers']),
    );
  });

  it('stores the ten More From items as related stub articles of the same source', async () => {
    const related = await rows<{ title: string; date: string; source: string; stub: boolean }>(
      `MATCH (:Article {stub: false})-[:RELATED_TO]->(b:Article)-[:PUBLISHED_BY]->(s:Source)
       RETURN b.title AS title, b.date AS date, s.name AS source, b.stub AS stub`,
    );
    expect(related).toHaveLength(10);
    expect(related.every((r) => r.stub && r.source === 'Ministry of Foreign Affairs (EN)')).toBe(
      true,
    );
    expect(related.map((r) => r.date)).toContain('2025-07-03');
  });

  it('changes nothing on a second ingest', async () => {
    const before = await ingestRepository.counts();
    const summary = await runIngest([seed], { sink });
    expect(summary).toMatchObject({ read: 1, created: 0, updated: 0, unchanged: 1 });
    expect(await ingestRepository.counts()).toEqual(before);
  });

  it('merges a related stub with the full article when it arrives', async () => {
    const page = [
      'July 03, 2025Jul 03, 2025',
      'KCNA Ministry of Foreign Affairs (EN)',
      '',
      'Growing Discord within EU',
      '',
      'Date: 03/07/2025 | Source: Ministry of Foreign Affairs (EN) | Read original version at source',
      '',
      'Discord within the European Union deepens as some members stated that they will block any new EU sanctions against Russian banks.',
      '',
    ].join('\n');
    const file = path.join(dir, 'growing-discord.txt');
    await writeFile(file, page);
    const before = await ingestRepository.counts();
    const summary = await runIngest([file], { sink });
    expect(summary.created).toBe(1);
    const after = await ingestRepository.counts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.stubs).toBe(before.stubs - 1);
    const merged = await rows<{ n: number; stub: boolean; incoming: number }>(
      `MATCH (b:Article) WHERE b.title = 'Growing Discord within EU'
       RETURN count(b) AS n, b.stub AS stub, COUNT { (:Article)-[:RELATED_TO]->(b) } AS incoming`,
    );
    expect(merged).toEqual([
      { n: expect.anything() as unknown, stub: false, incoming: expect.anything() as unknown },
    ]);
    expect(Number(merged[0]?.n)).toBe(1);
    expect(Number(merged[0]?.incoming)).toBe(1);
  });

  it('stores 999 of 1,000 records when one is broken, and reports the broken one', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 1000; i += 1) {
      if (i === 500) {
        lines.push('{"title": "Broken record", "date": "2024-02-');
        continue;
      }
      lines.push(
        JSON.stringify({
          title: `Synthetic report ${i}`,
          date: '2024-03-01',
          source: 'Test Wire',
          text: `Pyongyang, March 1 (KCNA) -- Report ${i}: the DPRK Foreign Ministry said on February ${(i % 28) + 1} that the United States staged drills.`,
        }),
      );
    }
    const file = path.join(dir, 'batch.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const summary = await runIngest([file], { sink, batchSize: 250 });
    expect(summary.read).toBe(1000);
    expect(summary.created).toBe(999);
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]?.origin).toEqual({ location: file, record: 500 });
    expect(summary.rejected[0]?.reason).toMatch(/JSON/i);
    const [stored] = await rows<{ n: number }>(
      `MATCH (a:Article)-[:PUBLISHED_BY]->(:Source {key: 'test-wire'}) RETURN count(a) AS n`,
    );
    expect(Number(stored?.n)).toBe(999);
  });
});
