import { describe, expect, it } from 'vitest';
import { longestScriptTaskMs, type ScriptCost } from '../../scripts/bench/cpu-profile';

// Samples on the profile clock in ms; tasks on the trace clock in µs, as the bench reads them.
const cost = (samples: Array<[at: number, ms: number, inScript: boolean]>): ScriptCost => ({
  selfMs: 0,
  inclusiveMs: 0,
  startupMs: 0,
  samples: samples.map(([at, ms, inScript]) => ({ at, ms, inScript, fn: 'f' })),
});

describe('the most content-script CPU in one task', () => {
  it.each([
    ['no task holds a script sample', [[5, 1, true]], [{ ts: 10_000, dur: 5_000, tdur: 5_000 }], 0],
    [
      'script samples only count',
      [
        [1, 4, true],
        [5, 4, false],
      ],
      [{ ts: 0, dur: 10_000, tdur: 10_000 }],
      4,
    ],
    [
      'a task that ran half its wall time counts half',
      [
        [1, 4, true],
        [5, 4, true],
      ],
      [{ ts: 0, dur: 10_000, tdur: 5_000 }],
      4,
    ],
    [
      'the larger of two tasks',
      [
        [1, 2, true],
        [21, 3, true],
        [23, 3, true],
      ],
      [
        { ts: 0, dur: 10_000, tdur: 10_000 },
        { ts: 20_000, dur: 10_000, tdur: 10_000 },
      ],
      6,
    ],
  ] as const)('%s', (_, samples, tasks, expected) => {
    expect(longestScriptTaskMs(cost(samples as unknown as Array<[number, number, boolean]>), [...tasks])).toBeCloseTo(expected);
  });
});
