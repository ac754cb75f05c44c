import { describe, expect, it } from 'vitest';
import { cpuSecondsOfTimes } from './admin-import';

describe('cpuSecondsOfTimes', () => {
  it("reads the child's user and system time from the last line bash's `times` prints", () => {
    const output = 'Imported:\n  37948 nodes\n0m0.002s 0m0.001s\n1m2.500s 0m1.250s\n';
    expect(cpuSecondsOfTimes(output)).toBeCloseTo(63.75, 6);
  });
});
