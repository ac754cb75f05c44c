import { describe, expect, it } from 'vitest';
import { readDataVersionMaxAgeMs } from './server';

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
