/**
 * The hover card's intent delay and grace corridor, with a fake clock: passing over a name on the way to a
 * quote opens nothing, resting opens the card, and moving from the quote to its card keeps it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Controller } from '../../src/content/controller';
import type { FrameCard } from '../../src/content/card/frame-host';
import { HOVER_TIMING, trackHover } from '../../src/content/hover';
import type { Box } from '../../src/content/card/placement';

/** The page: a quote at y 400–424 (x 300–700) and an official's name at y 340–364 (x 400–480); empty elsewhere. */
function setup() {
  const calls: string[] = [];
  let open = false;
  const cardRect: Box = { left: 300, top: 96, right: 660, bottom: 332 };
  const listeners = new Map<string, (e: unknown) => void>();
  const target = { name: 'text' };
  const host = { name: 'host' };
  const doc = {
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    caretPositionFromPoint: () => ({ offsetNode: target, offset: 0 }),
  } as unknown as Document;
  const win = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 0),
    cancelAnimationFrame: (id: number) => clearTimeout(id),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as Window;
  const controller = {
    enabled: true,
    hitTest: (_n: unknown, _o: number, x: number, y: number) => {
      if (y >= 400 && y <= 424 && x >= 300 && x <= 700) return { quote: 'Q' };
      if (y >= 340 && y <= 364 && x >= 400 && x <= 480) return { official: 7, range: {} };
      return null;
    },
    showQuote: (key: string) => (calls.push(`quote ${key}`), (open = true)),
    showOfficial: (id: number) => (calls.push(`official ${id}`), (open = true)),
    close: () => (calls.push('close'), (open = false)),
  } as unknown as Controller;
  const card = {
    contains: (t: unknown) => t === host,
    get isOpen() {
      return open;
    },
    get rect() {
      return open ? cardRect : null;
    },
    reposition: () => undefined,
  } as unknown as FrameCard;
  const detach = trackHover(doc, win, controller, card);
  const move = async (x: number, y: number, opts: { trusted?: boolean; onCard?: boolean } = {}) => {
    listeners.get('mousemove')!({ isTrusted: opts.trusted ?? true, clientX: x, clientY: y, target: opts.onCard ? host : target });
    await vi.advanceTimersByTimeAsync(16);
  };
  return { calls, move, detach, wait: (ms: number) => vi.advanceTimersByTimeAsync(ms) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('trackHover', () => {
  it('opens a card only after the pointer rests on the quote for the intent delay', async () => {
    const h = setup();
    await h.move(420, 410);
    await h.wait(HOVER_TIMING.intentMs - 40);
    expect(h.calls).toEqual([]);
    await h.wait(40);
    expect(h.calls).toEqual(['quote Q']);
  });

  it('a name crossed on the way to a quote opens nothing: only the quote where the pointer rests', async () => {
    const h = setup();
    await h.move(420, 300);
    await h.move(420, 350); // over the name, briefly
    await h.move(420, 380);
    await h.move(420, 410); // the quote, and rests
    await h.wait(HOVER_TIMING.intentMs + 20);
    expect(h.calls).toEqual(['quote Q']);
  });

  it('moving from the quote up into its card keeps it, though the pointer crosses a name', async () => {
    const h = setup();
    await h.move(440, 410);
    await h.wait(HOVER_TIMING.intentMs + 20);
    await h.move(440, 380);
    await h.move(440, 352); // the name, inside the corridor, resting there longer than the intent delay
    await h.wait(HOVER_TIMING.intentMs + 30);
    await h.move(440, 320, { onCard: true });
    await h.wait(HOVER_TIMING.hideMs + HOVER_TIMING.intentMs);
    expect(h.calls).toEqual(['quote Q']);
  });

  it('leaving for empty text closes the card after the hide delay', async () => {
    const h = setup();
    await h.move(420, 410);
    await h.wait(HOVER_TIMING.intentMs + 20);
    await h.move(420, 520);
    await h.wait(HOVER_TIMING.hideMs - 40);
    expect(h.calls).toEqual(['quote Q']);
    await h.wait(60);
    expect(h.calls).toEqual(['quote Q', 'close']);
  });

  it('a name the pointer rests on opens its card', async () => {
    const h = setup();
    await h.move(420, 350);
    await h.wait(HOVER_TIMING.intentMs + 20);
    expect(h.calls).toEqual(['official 7']);
  });

  it("the page's synthetic events open nothing", async () => {
    const h = setup();
    await h.move(420, 410, { trusted: false });
    await h.wait(1000);
    expect(h.calls).toEqual([]);
  });

  it('leaves no timer behind when detached mid-intent', async () => {
    const h = setup();
    await h.move(420, 410);
    h.detach();
    await h.wait(1000);
    expect(h.calls).toEqual([]);
  });
});
