/**
 * Library look-ups for the popup's quotes, asked for as they come into view: what the reader sees first is
 * asked first, one page of look-ups at a time, and a quote never scrolled to costs the worker nothing.
 */
export interface StatusLoader {
  /** A quote came into view (or near it): look it up, once. */
  want(key: string): void;
  /** The popup reloaded or closed: the queue is dropped and no answer is applied. */
  stop(): void;
}

/** `lookUp` answers false when the background refused or failed: the loader then stops rather than hammering it. */
export function createStatusLoader(lookUp: (keys: string[]) => Promise<boolean>, pageSize: number): StatusLoader {
  const queue: string[] = [];
  const asked = new Set<string>();
  let running = false;
  let stopped = false;

  async function pump(): Promise<void> {
    running = true;
    while (queue.length > 0 && !stopped) {
      const page = queue.splice(0, pageSize);
      if (!(await lookUp(page))) stopped = true;
    }
    running = false;
  }

  return {
    want(key) {
      if (stopped || asked.has(key)) return;
      asked.add(key);
      queue.push(key);
      if (!running) void pump();
    },
    stop() {
      stopped = true;
      queue.length = 0;
    },
  };
}

/** One IntersectionObserver for every quote in the list (not one each), with a margin so a look-up leads the scroll. */
export function watchVisible(onVisible: (key: string) => void, Observer: typeof IntersectionObserver = IntersectionObserver) {
  const keys = new WeakMap<Element, string>();
  const observer = new Observer(
    (entries) => {
      for (const e of entries) {
        const key = keys.get(e.target);
        if (!e.isIntersecting || key === undefined) continue;
        observer.unobserve(e.target);
        onVisible(key);
      }
    },
    { rootMargin: '400px 0px' },
  );
  return {
    observe(el: Element, key: string) {
      keys.set(el, key);
      observer.observe(el);
    },
    unobserve: (el: Element) => observer.unobserve(el),
    disconnect: () => observer.disconnect(),
  };
}
export type VisibleWatch = ReturnType<typeof watchVisible>;
