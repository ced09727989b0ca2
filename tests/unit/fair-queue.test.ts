import { describe, expect, it } from 'vitest';
import { createFairQueue } from '../../src/shared/fair-queue';

const tick = () => new Promise((r) => setTimeout(r, 0));

function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}

describe('createFairQueue', () => {
  it('never runs more than its concurrency at once', async () => {
    const q = createFairQueue(2);
    let now = 0;
    let peak = 0;
    const jobs = Array.from({ length: 10 }, () =>
      q.run('a', async () => {
        peak = Math.max(peak, ++now);
        await tick();
        now--;
      }),
    );
    await Promise.all(jobs);
    expect(peak).toBe(2);
  });

  it('takes turns between owners: a flood does not delay another owner by more than one job', async () => {
    const q = createFairQueue(1);
    const order: string[] = [];
    const first = gate();
    const flood = [
      q.run('popup', async () => {
        await first.p;
        order.push('popup-0');
      }),
    ];
    for (let i = 1; i < 50; i++) flood.push(q.run('popup', async () => void order.push(`popup-${i}`)));
    const other = q.run('tab-2', async () => void order.push('tab-2'));
    first.open();
    await Promise.all([...flood, other]);
    // The other tab's one job runs right after the job that was running when it came, not after 49 more.
    expect(order.indexOf('tab-2')).toBe(2);
  });

  it('passes results and errors through, and keeps going after a failure', async () => {
    const q = createFairQueue(1);
    await expect(
      q.run('a', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(q.run('a', async () => 7)).resolves.toBe(7);
    expect(q.waiting).toBe(0);
  });
});

describe('FairQueue.first', () => {
  it('starts no queued job while priority work runs, then carries on', async () => {
    const q = createFairQueue(1);
    const order: string[] = [];
    const running = gate();
    const flood = Array.from({ length: 5 }, (_, i) =>
      q.run('popup', async () => {
        if (i === 0) await running.p;
        order.push(`job-${i}`);
      }),
    );
    const reading = gate();
    const page = q.first(async () => {
      await reading.p;
      order.push('page');
    });
    running.open();
    await tick();
    await tick();
    // The job already running finished; no other started while the page is being read.
    expect(order).toEqual(['job-0']);
    reading.open();
    await page;
    await Promise.all(flood);
    expect(order).toEqual(['job-0', 'page', 'job-1', 'job-2', 'job-3', 'job-4']);
  });
});
