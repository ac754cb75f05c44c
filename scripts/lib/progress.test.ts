import { describe, expect, it } from 'vitest';
import { progressPrinter } from './progress';

describe('progressPrinter on a pipe', () => {
  it('prints a line per decile and the final counts once the input is read but still being written', () => {
    const lines: string[] = [];
    const printer = progressPrinter('demo data', { tty: false, write: (t) => lines.push(t) });
    printer.update(0.05, '10 read, 0 stored');
    printer.update(0.07, '14 read, 0 stored');
    printer.update(1, '1230 read, 500 stored');
    printer.update(1, '1289 read, 1040 stored');
    printer.done();
    expect(lines).toEqual([
      'demo data: 5% 10 read, 0 stored\n',
      'demo data: 100% 1230 read, 500 stored\n',
      'demo data: 100% 1289 read, 1040 stored\n',
    ]);
  });
});
