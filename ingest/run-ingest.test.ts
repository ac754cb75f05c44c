import { describe, expect, it } from 'vitest';
import { runIngest, withoutSearchWait, type BatchOutcome } from './run-ingest';
import type { ExtractedArticle } from './types';

describe('runIngest over submitted inputs', () => {
  it('parses, extracts and writes them in order, numbering records by position', async () => {
    const written: ExtractedArticle[] = [];
    const write = (batch: readonly ExtractedArticle[]): Promise<BatchOutcome> => {
      written.push(...batch);
      return Promise.resolve({
        statuses: new Map(batch.map((article) => [article.key, 'created' as const])),
        failed: [],
      });
    };
    const summary = await runIngest(
      {
        location: 'test:submitted',
        submitted: [
          { kind: 'refused', reason: 'too long' },
          {
            kind: 'record',
            record: {
              title: 'Talks in Pyongyang',
              text: 'Kim Jong Un met envoys.',
              date: '2024-05-01',
            },
          },
          { kind: 'page', format: 'json-record', text: '{not json' },
        ],
      },
      { sink: withoutSearchWait(write) },
    );
    expect({
      written: written.map((article) => [article.title, article.origin]),
      rejected: summary.rejected.map((problem) => [
        problem.origin.record,
        problem.reason.slice(0, 12),
      ]),
      created: summary.created,
    }).toEqual({
      written: [['Talks in Pyongyang', { location: 'test:submitted', record: 2 }]],
      rejected: [
        [1, 'too long'],
        [3, 'invalid JSON'],
      ],
      created: 1,
    });
  });

  it('awaits searchable once, after the last batch is written, before it returns', async () => {
    const events: string[] = [];
    const write = async (batch: readonly ExtractedArticle[]): Promise<BatchOutcome> => {
      events.push(`write ${batch.length}`);
      await new Promise((resolve) => setImmediate(resolve));
      events.push('written');
      return { statuses: new Map(batch.map((a) => [a.key, 'created' as const])), failed: [] };
    };
    const awaitSearchable = async (): Promise<void> => {
      events.push('settle');
      await new Promise((resolve) => setImmediate(resolve));
      events.push('settled');
    };
    const records = ['One', 'Two', 'Three'].map((title) => ({
      kind: 'record' as const,
      record: { title, text: `${title} envoys met in Pyongyang.`, date: '2024-05-01' },
    }));
    await runIngest(
      { location: 'test:submitted', submitted: records },
      { sink: { writeBatch: write, awaitSearchable }, batchSize: 2 },
    );
    events.push('returned');
    expect(events).toEqual([
      'write 2',
      'written',
      'write 1',
      'written',
      'settle',
      'settled',
      'returned',
    ]);
  });
});
