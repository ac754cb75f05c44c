import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/ingest/extract/extract-article';
import type { RawArticle } from '@/ingest/types';
import { readTransaction } from '../driver';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { ingestRepository } from './ingest-repository';

connectTestDatabase();

const article = (title: string, date: string, text: string): RawArticle => ({
  title,
  date,
  text,
  sourceName: 'KCNA',
  language: 'en',
  origin: { location: `test:${title}` },
});

// 2024-10-06 was a Sunday. Two reports of one message, a reply a day later, and an article citing
// two occasions a day apart with the same actors.
const sent = article(
  'Greetings to Chinese Foreign Minister',
  '2024-10-07',
  'Pyongyang, October 7 (KCNA) -- Choe Son Hui, foreign minister of the DPRK, on Sunday sent a message of greeting to Wang Yi, foreign minister of China, on the anniversary of diplomatic relations between the DPRK and China.',
);
const retold = article(
  'Message of Greeting Sent to Wang Yi',
  '2024-10-09',
  'Pyongyang, October 9 (KCNA) -- Choe Son Hui, foreign minister of the DPRK, sent a message of greeting to Wang Yi, foreign minister of China, on October 6 on the anniversary of diplomatic relations between the DPRK and China.',
);
const reply = article(
  'Reply from Chinese FM',
  '2024-10-08',
  'Pyongyang, October 8 (KCNA) -- Wang Yi, foreign minister of China, on Monday sent a message of greeting to Choe Son Hui, foreign minister of the DPRK, on the anniversary of diplomatic relations between China and the DPRK.',
);
const twoDays = article(
  'Delegation in Beijing',
  '2024-10-09',
  'Pyongyang, October 9 (KCNA) -- A delegation of the DPRK arrived in Beijing of China on Sunday. The delegation of the DPRK held talks with officials of China in Beijing on Monday.',
);

async function citations(): Promise<
  { title: string; date: string; precision: string; dateText: string; event: string }[]
> {
  return readTransaction(async (tx) =>
    (
      await tx.run(
        `MATCH (a:Article)-[c:CITES]->(e:Event)
         RETURN a.title AS title, e.date AS date, e.precision AS precision, c.dateText AS dateText,
                e.key AS event
         ORDER BY title, date`,
      )
    ).records.map(
      (r) =>
        r.toObject() as {
          title: string;
          date: string;
          precision: string;
          dateText: string;
          event: string;
        },
    ),
  );
}

describe('matching cited events across articles', () => {
  beforeAll(async () => {
    await resetDatabase();
    await ingestRepository.writeBatch([sent, reply].map(extractArticle));
    await ingestRepository.writeBatch([retold, twoDays].map(extractArticle));
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('merges only the same happening on the same day, and keeps each citation’s date phrase', async () => {
    const rows = await citations();
    expect(
      rows.map(({ title, date, precision, dateText }) => [title, date, precision, dateText]),
    ).toEqual([
      ['Delegation in Beijing', '2024-10-06', 'day', 'on Sunday'],
      ['Delegation in Beijing', '2024-10-07', 'day', 'on Monday'],
      ['Greetings to Chinese Foreign Minister', '2024-10-06', 'day', 'on Sunday'],
      ['Message of Greeting Sent to Wang Yi', '2024-10-06', 'day', 'on October 6'],
      ['Reply from Chinese FM', '2024-10-07', 'day', 'on Monday'],
    ]);
    const eventOf = (title: string, date: string) =>
      rows.find((r) => r.title === title && r.date === date)?.event;
    // The message told twice is one Event; the reply a day later and the delegation's two days
    // (same actors, other happenings) are Events of their own.
    expect(eventOf('Message of Greeting Sent to Wang Yi', '2024-10-06')).toBe(
      eventOf('Greetings to Chinese Foreign Minister', '2024-10-06'),
    );
    expect(new Set(rows.map((r) => r.event)).size).toBe(4);
  });
});
