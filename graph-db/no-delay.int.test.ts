import { afterAll, describe, expect, it } from 'vitest';
import { readTransaction } from './driver';
import { closeDriver, connectTestDatabase } from './testing/test-database';

connectTestDatabase();

describe('Bolt sockets without Nagle', () => {
  afterAll(closeDriver);

  it('sends a statement with a multi-chunk parameter without waiting for a delayed ACK', async () => {
    // 300 element-id-sized strings: about 13 kB, ten of the driver's chunks.
    const ids = Array.from(
      { length: 300 },
      (_, i) => `4:0a1b2c3d-4e5f-6789-abcd-ef0123456789:${i}`,
    );
    const times = await readTransaction(async (tx) => {
      const taken: number[] = [];
      for (let run = 0; run < 10; run += 1) {
        const started = performance.now();
        await tx.run('RETURN size($ids) AS n', { ids });
        taken.push(performance.now() - started);
      }
      return taken;
    });
    // With Nagle on, every run waits for the server's delayed ACK (40 ms on Linux), so even the
    // fastest of ten does; without it, the fastest is a round trip.
    expect(Math.min(...times)).toBeLessThan(30);
  });
});
