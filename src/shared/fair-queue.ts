/**
 * Runs async jobs a few at a time, taking turns between owners (a tab, the popup, a card). One tab's flood
 * of look-ups then waits behind itself, not in front of another tab's single look-up, and never more than
 * `concurrency` run at once, so the service worker keeps answering other messages between them.
 */
export interface FairQueue {
  run<T>(owner: string, job: () => Promise<T>): Promise<T>;
  /**
   * Work that goes before every queued job (reading a page the reader just opened): no queued job starts
   * while it runs, so it waits at most for the few already running, however long the queue.
   */
  first<T>(work: () => Promise<T>): Promise<T>;
  /** Jobs waiting (not running), for tests and the bench. */
  readonly waiting: number;
}

export function createFairQueue(concurrency: number): FairQueue {
  const queues = new Map<string, Array<() => void>>();
  let running = 0;
  let waiting = 0;
  let held = 0;

  const next = () => {
    while (held === 0 && running < concurrency && queues.size > 0) {
      // Map order is insertion order: the first owner takes a turn, then goes to the back of the line.
      const [owner, jobs] = queues.entries().next().value as [string, Array<() => void>];
      const start = jobs.shift()!;
      queues.delete(owner);
      if (jobs.length > 0) queues.set(owner, jobs);
      waiting--;
      running++;
      start();
    }
  };

  return {
    get waiting() {
      return waiting;
    },
    async first<T>(work: () => Promise<T>): Promise<T> {
      held++;
      try {
        return await work();
      } finally {
        held--;
        next();
      }
    },
    run<T>(owner: string, job: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          job()
            .then(resolve, reject)
            .finally(() => {
              running--;
              next();
            });
        };
        const jobs = queues.get(owner);
        if (jobs) jobs.push(start);
        else queues.set(owner, [start]);
        waiting++;
        next();
      });
    },
  };
}
