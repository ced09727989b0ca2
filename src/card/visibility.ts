/**
 * Proves to the card frame that the reader can see it before a click may save. A hostile page can make our
 * frame transparent, scale it, or cover it, and lure a click onto it. IntersectionObserver v2
 * (trackVisibility) reports isVisible=false for a target that is occluded, faded, filtered or transformed by
 * anything in any ancestor frame; the page cannot fake it. Where the browser lacks it (Firefox), Save is not
 * offered by click at all: the reader saves from the toolbar popup or with the keyboard command.
 */

/** How long the card must have been fully visible before a click counts: a page cannot flash it into view under a click. */
export const MIN_VISIBLE_MS = 500;

interface EntryLike {
  isVisible?: boolean;
  intersectionRatio: number;
}
type ObserverCtor = new (cb: (entries: EntryLike[]) => void, options: Record<string, unknown>) => { observe(el: Element): void; disconnect(): void };

export interface VisibilityGate {
  readonly mode: 'click' | 'elsewhere';
  /** True when a click now may save. */
  canClick(): boolean;
  /** Forgets that the card was visible: each new card must be seen afresh. */
  reset(): void;
  disconnect(): void;
}

export function supportsTrackVisibility(entryProto: object | undefined): boolean {
  return entryProto !== undefined && 'isVisible' in entryProto;
}

export function createVisibilityGate(opts: {
  target: Element;
  Observer: ObserverCtor | undefined;
  supported: boolean;
  now: () => number;
  onChange: () => void;
}): VisibilityGate {
  if (!opts.supported || !opts.Observer) {
    return { mode: 'elsewhere', canClick: () => false, reset: () => undefined, disconnect: () => undefined };
  }
  let visibleSince: number | null = null;
  const observer = new opts.Observer(
    (entries) => {
      const last = entries[entries.length - 1];
      if (!last) return;
      // Fully inside the viewport and reported visible: partly scrolled-off cards wait too.
      const visible = last.isVisible === true && last.intersectionRatio >= 0.99;
      if (visible && visibleSince === null) visibleSince = opts.now();
      if (!visible) visibleSince = null;
      opts.onChange();
      // The gate opens MIN_VISIBLE_MS later: ask for a repaint then.
      if (visible) setTimeout(opts.onChange, MIN_VISIBLE_MS + 10);
    },
    { trackVisibility: true, delay: 100, threshold: [0, 0.99, 1] },
  );
  observer.observe(opts.target);
  return {
    mode: 'click',
    canClick: () => visibleSince !== null && opts.now() - visibleSince >= MIN_VISIBLE_MS,
    reset() {
      visibleSince = null;
      // Observe afresh so the next report comes even if nothing changed.
      observer.disconnect();
      observer.observe(opts.target);
    },
    disconnect: () => observer.disconnect(),
  };
}
