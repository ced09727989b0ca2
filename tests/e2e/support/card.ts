/** Reads and clicks the hover card. */
import type { Frame, Page } from '@playwright/test';

/**
 * The hover card is an extension-origin frame inside a closed shadow root: the page can see neither. The
 * test reads it as the browser does, through Playwright's frame tree (which reaches out-of-process frames).
 */
export const CARD_FRAME_PATH = '/src/card/index.html';

export function cardFrame(page: Page): Frame | null {
  return page.frames().find((f) => f.url().endsWith(CARD_FRAME_PATH)) ?? null;
}

/** The card's text while it is open, else null. The host's display is read from Playwright's own world, not the page's. */
export async function readCard(page: Page): Promise<string | null> {
  const host = page.locator('onrecord-card');
  if ((await host.count()) === 0 || !(await host.isVisible())) return null;
  const frame = cardFrame(page);
  if (!frame) return null;
  const text = await frame
    .locator('body')
    .innerText()
    .catch(() => '');
  return text.replace(/\s+/g, ' ').trim() || null;
}

/** A real click (trusted input at the element's place) on the card's element with this class. */
export async function clickInCard(page: Page, cls: string): Promise<void> {
  const frame = cardFrame(page);
  if (!frame) throw new Error('no card frame');
  await frame.locator(`.${cls}`).click({ timeout: 10_000 });
}

/** Moves the pointer onto the n-th highlighted quote, after scrolling it into view. */
export async function hoverQuote(page: Page, index: number): Promise<void> {
  await page.evaluate(
    `[...CSS.highlights.get('onrecord-quote')][${index}].startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' })`,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = (await page.evaluate(`(() => {
    const rect = [...CSS.highlights.get('onrecord-quote')][${index}].getClientRects()[0];
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
  })()`)) as { x: number; y: number };
  await page.mouse.move(box.x + 40, box.y + 400);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

export const highlightTexts = (page: Page, name: string) =>
  page.evaluate(`[...(CSS.highlights.get('${name}') ?? [])].map((r) => r.toString())`) as Promise<string[]>;

/** Moves the pointer onto the highlighted official named `name`, after scrolling it into view. */
export async function hoverOfficial(page: Page, name: string): Promise<void> {
  const box = (await page.evaluate(`(() => {
    const r = [...CSS.highlights.get('onrecord-official')].find((x) => x.toString() === ${JSON.stringify(name)});
    r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + 5, y: rect.top + rect.height / 2 };
  })()`)) as { x: number; y: number };
  await page.mouse.move(box.x, box.y + 300);
  await page.mouse.move(box.x, box.y, { steps: 3 });
}
