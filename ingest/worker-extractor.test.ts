import { afterAll, describe, expect, it } from 'vitest';
import { createDefaultExtractor, OUTLET_LIST_PATH } from './default-extractor';
import { wireStory } from './testing/wire-story';
import type { RawArticle } from './types';
import { createWorkerExtractor } from './worker-extractor';

const raws: RawArticle[] = ['the harvest', 'a new dam', 'the drills'].map((topic, i) => ({
  title: `Report on ${topic}`,
  date: `2024-05-0${i + 1}`,
  sourceName: 'KCNA',
  text: wireStory(topic),
  origin: { location: 'test:worker', record: i + 1 },
}));

// A worker's first answer waits for its start: tsx loading the extraction's modules, which on a
// loaded machine took more than vitest's default 5 s.
describe('createWorkerExtractor', { timeout: 30_000 }, () => {
  const extractor = createWorkerExtractor(OUTLET_LIST_PATH);
  afterAll(() => extractor.close());

  it('answers each request with what the default extractor gives in this thread', async () => {
    const inThread = createDefaultExtractor(OUTLET_LIST_PATH);
    const answers = await Promise.all(raws.map((raw) => extractor.extract(raw)));
    expect(answers).toEqual(raws.map(inThread));
  });

  it("rejects a request the extractor throws on with the extractor's own message", async () => {
    const broken = { title: 'No text', origin: { location: 'test:worker' } } as RawArticle;
    let inThread = '';
    try {
      createDefaultExtractor(OUTLET_LIST_PATH)(broken);
    } catch (error) {
      inThread = (error as Error).message;
    }
    await expect(extractor.extract(broken)).rejects.toThrow(inThread || 'no error in the thread');
  });
});
