// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observePage } from '../../src/content/observe';

afterEach(() => vi.useRealTimers());

const settle = () => new Promise<void>((r) => queueMicrotask(r));

describe('observePage on a page that never stops changing', () => {
  it('waits longer between re-reads when a re-read is costly: about ten times what the last one cost', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>one</p></article>';
    const article = document.querySelector('article')!;
    const reads: number[] = [];
    // Each re-read takes 3 s (a huge page): the next may come no sooner than 30 s after it started.
    const onChange = () => {
      reads.push(Date.now());
      return new Promise<void>((r) => setTimeout(r, 3000));
    };
    const obs = observePage(document, window, () => article, onChange, { debounceMs: 100, minIntervalMs: 2000, urlPollMs: 60_000 });
    const start = Date.now();
    for (let t = 0; t < 70_000; t += 500) {
      article.append(document.createElement('p'));
      await settle();
      await vi.advanceTimersByTimeAsync(500);
    }
    obs.stop();
    const gaps = reads.slice(1).map((r, i) => r - reads[i]!);
    expect(reads[0]! - start).toBeLessThan(1000);
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(30_000);
  });

  it('keeps the ordinary pace when re-reads are cheap', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>one</p></article>';
    const article = document.querySelector('article')!;
    const reads: number[] = [];
    const obs = observePage(
      document,
      window,
      () => article,
      () => void reads.push(Date.now()),
      { debounceMs: 100, minIntervalMs: 2000, urlPollMs: 60_000 },
    );
    for (let t = 0; t < 20_000; t += 250) {
      article.append(document.createElement('p'));
      await settle();
      await vi.advanceTimersByTimeAsync(250);
    }
    obs.stop();
    expect(reads.length).toBeGreaterThanOrEqual(8);
  });
});

describe('observePage reports its pace', () => {
  it('tells when re-reads slow down, and when they are back to normal', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>one</p></article>';
    const article = document.querySelector('article')!;
    const paces: number[] = [];
    let cost = 3000;
    const onChange = () => new Promise<void>((r) => setTimeout(r, cost));
    const obs = observePage(document, window, () => article, onChange, {
      debounceMs: 100,
      minIntervalMs: 2000,
      urlPollMs: 60_000,
      onPace: (ms) => paces.push(ms),
    });
    for (let t = 0; t < 200_000; t += 500) {
      if (t === 100_000) cost = 10;
      article.append(document.createElement('p'));
      await settle();
      await vi.advanceTimersByTimeAsync(500);
    }
    obs.stop();
    expect(paces[0]).toBeGreaterThanOrEqual(30_000);
    expect(paces.at(-1)).toBe(2000);
  });
});
