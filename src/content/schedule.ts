/**
 * Gives the main thread back during long work, so a huge page never sees a task over 50 ms from OnRecord.
 * Uses scheduler.yield where the browser has it, else a macrotask.
 */
export interface Yielder {
  /** Resolves at once while the current slice has time left; otherwise after yielding to the page. */
  maybe(): Promise<void> | null;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function createYielder(now: () => number, budgetMs = 12): Yielder {
  let sliceStart = now();
  // Looked up only when a slice runs out: the first touch of `scheduler` builds its bindings in the
  // content script's world, which costs more than reading a whole article-sized page.
  const giveBack = () => {
    const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
    return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
  return {
    maybe() {
      if (now() - sliceStart < budgetMs) return null;
      return giveBack().then(() => {
        sliceStart = now();
      });
    },
  };
}

/** Drives stepwise work, yielding between steps when the slice is used up. */
export async function runStepsAsync<T>(steps: Generator<void, T, void>, yielder: Yielder): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    const pause = yielder.maybe();
    if (pause) await pause;
  }
}
