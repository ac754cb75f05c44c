import { describe, expect, it } from 'vitest';
import { envBool, envChoice, envInt, envList, envMs, envNumber } from './env';

/** The value read, or the variable a refusal names. */
function read<T>(parse: () => T): T | string {
  try {
    return parse();
  } catch (error) {
    return `refused ${(error as { variable?: string }).variable}`;
  }
}

describe('the environment parser', () => {
  it('takes defaults for unset and blank values', () => {
    expect([
      envInt({}, 'A', 4),
      envMs({ A: ' ' }, 'A', 250),
      envNumber({}, 'A', 1.5),
      envBool({ A: '' }, 'A', true),
      envChoice({}, 'A', ['x', 'y'], 'y'),
      envList({}, 'A'),
    ]).toEqual([4, 250, 1.5, true, 'y', []]);
  });

  it('reads good values and refuses bad ones by name', () => {
    expect([
      read(() => envInt({ N: '12' }, 'N', 1)),
      read(() => envInt({ N: '0' }, 'N', 1)),
      read(() => envInt({ N: '1.5' }, 'N', 1)),
      read(() => envMs({ T: '0' }, 'T', 5)),
      read(() => envMs({ T: '3s' }, 'T', 5)),
      read(() => envNumber({ R: '0.5' }, 'R', 1)),
      read(() => envNumber({ R: '0' }, 'R', 1)),
      read(() => envNumber({ R: '0' }, 'R', 1, { zero: true })),
      read(() => envBool({ B: 'OFF' }, 'B', true)),
      read(() => envBool({ B: 'yes' }, 'B', false)),
      read(() => envBool({ B: 'maybe' }, 'B', false)),
      read(() => envChoice({ C: 'z' }, 'C', ['x', 'y'], 'x')),
      read(() => envList({ L: ' a, ,b ' }, 'L')),
    ]).toEqual([
      12,
      'refused N',
      'refused N',
      0,
      'refused T',
      0.5,
      'refused R',
      0,
      false,
      true,
      'refused B',
      'refused C',
      ['a', 'b'],
    ]);
  });
});
