import { describe, expect, it } from 'vitest';
import { readDataVersionMaxAgeMs, serverNodeFlags } from './server';

describe('readDataVersionMaxAgeMs', () => {
  it('takes 0 (read every time) and whole milliseconds, and refuses anything else by name', () => {
    const read = (raw: string) => {
      try {
        return readDataVersionMaxAgeMs({ NARRAGRAPH_DATA_VERSION_MAX_AGE_MS: raw });
      } catch (error) {
        return (error as Error).message.split(' ')[0];
      }
    };
    expect([read('0'), read('250'), read('-1'), read('0.5'), read('soon')]).toEqual([
      0,
      250,
      'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS',
      'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS',
      'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS',
    ]);
  });
});

describe('serverNodeFlags', () => {
  it('bounds old space by the cache by default, takes a bound in MiB, and 0 for none', () => {
    expect([
      serverNodeFlags({}),
      serverNodeFlags({ NARRAGRAPH_READ_CACHE_MB: '256' }),
      serverNodeFlags({ NARRAGRAPH_SERVER_HEAP_MB: '768' }),
      serverNodeFlags({ NARRAGRAPH_SERVER_HEAP_MB: '0' }),
    ]).toEqual([
      ['--max-old-space-size=512'],
      ['--max-old-space-size=1280'],
      ['--max-old-space-size=768'],
      [],
    ]);
  });
});
