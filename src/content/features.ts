/**
 * The content script's features, each started with an AbortSignal in the manner of refined-github's
 * `init(signal)`: the hover card and the live-page watch. Switching the site off aborts the signal, and every
 * listener, observer, timer and element they made goes with it; switching it on reads the page once.
 */
import type { FrameCard } from './card/frame-host';
import type { Controller } from './controller';
import type { Highlighter } from './highlights';
import { trackHover } from './hover';
import { observePage, type ObserveOptions } from './observe';

export interface FeatureEnv {
  doc: Document;
  win: Window;
  controller: Controller;
  card: FrameCard;
  highlighter: Highlighter;
  /** The top frame's re-read pace, for the popup (see content/observe). */
  onPace?: ObserveOptions['onPace'];
}

/** A feature: starts its work and undoes all of it when `signal` aborts. */
export type Feature = (env: FeatureEnv, signal: AbortSignal) => void;

const hoverCard: Feature = ({ doc, win, controller, card }, signal) => {
  const detach = trackHover(doc, win, controller, card);
  signal.addEventListener(
    'abort',
    () => {
      detach();
      card.dispose();
    },
    { once: true },
  );
};

const liveUpdates: Feature = (env, signal) => {
  const { controller, highlighter } = env;
  // A live change re-reads only what changed; wrapped marks split the page's text nodes, so that mode starts afresh.
  const live = (reason: 'mutation' | 'navigation') => reason === 'mutation' && highlighter.mode !== 'wrap';
  const watch = observePage(
    env.doc,
    env.win,
    () => controller.model?.page.article.root ?? null,
    async (reason) => {
      await controller.refresh(live(reason));
      if (highlighter.mode === 'wrap') watch.discard();
    },
    { onPace: env.onPace },
  );
  signal.addEventListener('abort', () => watch.stop(), { once: true });
  if (highlighter.mode === 'wrap') watch.discard();
};

export const FEATURES: readonly Feature[] = [hoverCard, liveUpdates];

export function createFeatures(env: FeatureEnv, features: readonly Feature[] = FEATURES) {
  let running: AbortController | null = null;
  let starting: Promise<void> | null = null;

  async function start(): Promise<void> {
    if (running) return starting ?? undefined;
    const abort = (running = new AbortController());
    starting = (async () => {
      await env.controller.setEnabled(true);
      if (abort.signal.aborted) return;
      for (const feature of features) feature(env, abort.signal);
    })();
    return starting;
  }

  function stop(): void {
    running?.abort();
    running = null;
    starting = null;
    void env.controller.setEnabled(false);
  }

  return {
    start,
    stop,
    get running() {
      return running !== null;
    },
  };
}
export type Features = ReturnType<typeof createFeatures>;
