import { describe, expect, it } from 'vitest';
import { createStatusLoader } from '../../src/popup/status-loader';

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('createStatusLoader', () => {
  it('asks for quotes as they are wanted, a page at a time and one look-up in flight', async () => {
    const calls: string[][] = [];
    let inFlight = 0;
    let most = 0;
    const loader = createStatusLoader(async (keys) => {
      calls.push(keys);
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
      return true;
    }, 3);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'a', 'b']) loader.want(k);
    await tick();
    await tick();
    await tick();
    expect(calls).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
    expect(most).toBe(1);
  });

  it('never asks twice for a quote, and asks nothing after stop or after a refusal', async () => {
    const calls: string[][] = [];
    const loader = createStatusLoader(async (keys) => (calls.push(keys), keys[0] !== 'bad'), 10);
    loader.want('bad');
    await tick();
    loader.want('x');
    await tick();
    expect(calls).toEqual([['bad']]);
    const other = createStatusLoader(async (keys) => (calls.push(keys), true), 10);
    other.stop();
    other.want('y');
    await tick();
    expect(calls).toEqual([['bad']]);
  });
});
