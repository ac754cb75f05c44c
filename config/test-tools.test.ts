import { describe, expect, it } from 'vitest';
import { readTestToolSettings } from './test-tools';

describe('readTestToolSettings', () => {
  it('names the variable when the e2e port is not a port number', () => {
    expect(() => readTestToolSettings({ E2E_PORT: 'eighty' })).toThrow(/E2E_PORT/);
  });

  it("defaults to Debian's Chromium and port 3100", () => {
    expect(readTestToolSettings({})).toEqual({ chromiumPath: '/usr/bin/chromium', e2ePort: 3100 });
  });
});
