// @vitest-environment jsdom
/**
 * Switching a site off stops every feature: no listener, observer, timer or card element is left behind, and
 * switching it on again reads the page once. Counted by wrapping what the features register with.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameCard } from '../../src/content/card/frame-host';
import type { Controller } from '../../src/content/controller';
import { createFeatures } from '../../src/content/features';
import type { Highlighter } from '../../src/content/highlights';

afterEach(() => vi.restoreAllMocks());

function countRegistrations() {
  const live = { listeners: 0, observers: 0, intervals: 0 };
  for (const target of [document, window] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, opts) => (live.listeners++, add(type, fn, opts)));
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, fn, opts) => (live.listeners--, remove(type, fn, opts)));
  }
  const Real = window.MutationObserver;
  vi.spyOn(window, 'MutationObserver').mockImplementation(function (this: unknown, cb: MutationCallback) {
    const o = new Real(cb);
    const observe = o.observe.bind(o);
    const disconnect = o.disconnect.bind(o);
    let on = false;
    o.observe = (t, init) => (on || live.observers++, (on = true), observe(t, init));
    o.disconnect = () => (on && live.observers--, (on = false), disconnect());
    return o;
  } as unknown as typeof MutationObserver);
  globalThis.MutationObserver = window.MutationObserver;
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  const open = new Set<unknown>();
  vi.spyOn(window, 'setInterval').mockImplementation(((fn: () => void, ms: number) => {
    const id = setI(fn, ms);
    open.add(id);
    live.intervals = open.size;
    return id;
  }) as typeof setInterval);
  vi.spyOn(window, 'clearInterval').mockImplementation((id) => {
    open.delete(id);
    live.intervals = open.size;
    clearI(id);
  });
  return live;
}

function fakeController() {
  const calls: boolean[] = [];
  const controller = {
    enabled: true,
    model: null,
    setEnabled: async (on: boolean) => void calls.push(on),
    refresh: async () => undefined,
    close: () => undefined,
    hitTest: () => null,
  } as unknown as Controller;
  return { controller, calls };
}

describe('createFeatures', () => {
  it('leaves no listener, observer, interval or card behind when stopped, and reads the page once per start', async () => {
    document.body.innerHTML = '<article><p>“It stays open,” said Mayor Ines Varga.</p></article>';
    const live = countRegistrations();
    const card = new FrameCard({ doc: document, win: window, frameUrl: () => 'about:blank', title: 'card' });
    const { controller, calls } = fakeController();
    const highlighter = { mode: 'css', set: () => undefined, clear: () => undefined } as Highlighter;
    const features = createFeatures({ doc: document, win: window, controller, card, highlighter });
    await features.start();
    await features.start(); // already running: no second read
    const box = { top: 10, left: 10, right: 110, bottom: 30 };
    card.show(() => ({ line: box, quote: box, column: box, bandBottom: 70 }));
    expect(live.listeners).toBeGreaterThan(0);
    expect(live.observers).toBeGreaterThan(0);
    expect(live.intervals).toBeGreaterThan(0);
    expect(document.querySelector('onrecord-card')).not.toBeNull();
    features.stop();
    expect(live).toEqual({ listeners: 0, observers: 0, intervals: 0 });
    expect(document.querySelector('onrecord-card')).toBeNull();
    await features.start();
    expect(calls).toEqual([true, false, true]);
    features.stop();
    expect(live).toEqual({ listeners: 0, observers: 0, intervals: 0 });
  });
});
