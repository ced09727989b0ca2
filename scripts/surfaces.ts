/**
 * `npm start`'s screenshots of each surface after the demo pages were read and saved: the card on a
 * news page (light and dark), the popup of the longest article, Compare, the library with 50 quotes, a
 * person's timeline, the welcome page and settings. Written to demo-output/ for a reader to look at.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { asPopup } from '../tests/support/as-popup';

const INVENTED = ['Ines Varga', 'Tom Baird', 'Odile Marchetti', 'Ravi Anand'];
const TOPICS = ['the harbour toll', 'the ferry timetable', 'the breakwater budget', 'the lighthouse repairs'];
const PHRASES = [
  'We will settle {t} within weeks',
  'Nobody should expect changes to {t} this year',
  'I have asked officials to look again at {t}',
  'Residents deserve a straight answer on {t}',
  'There is no money for {t} until spring',
];

/** Invented statements (never real data) so the library shows 50 and a timeline spans months. */
async function fillLibrary(ctx: BrowserContext, upTo: number): Promise<void> {
  for (let i = 0; i < upTo; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const text = `${PHRASES[i % PHRASES.length]!.replace('{t}', topic)} (${i}).`;
    const month = String(1 + (i % 12)).padStart(2, '0');
    await asPopup(ctx, 'saveQuote', {
      text,
      speaker: INVENTED[i % 3]!,
      speakerTitle: i % 2 ? 'Mayor' : 'Harbour Commissioner',
      named: true,
      official: true,
      paragraph: `“${text}” the official told reporters.`,
      headline: `Port Elsby council weighs ${topic}`,
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: '“', suffix: '” the' },
        { type: 'TextPositionSelector', start: 1, end: 1 + text.length },
      ],
      source: {
        url: `http://127.0.0.1/elsby/${i}.html`,
        title: `Port Elsby council weighs ${topic}`,
        outlet: i % 3 ? 'Elsby Courier' : 'Harbour Times',
        published: `2025-${month}-1${i % 9}T09:00:00.000Z`,
      },
    });
  }
}

/**
 * The card is an extension-origin frame in its own process, which `page.emulateMedia` does not reach: without
 * this the dark shot would show the card in the browser's light scheme. A reader with a dark system gets it dark.
 */
async function emulateCardScheme(ctx: BrowserContext, page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
  if (!frame) return;
  const cdp = await ctx.newCDPSession(frame).catch(() => null);
  await cdp?.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  await page.waitForTimeout(200);
}

async function cardShot(ctx: BrowserContext, url: string, scheme: 'light' | 'dark', out: string): Promise<void> {
  const page = await ctx.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.waitForFunction(`CSS.highlights.has('onrecord-quote')`, null, { timeout: 10_000 }).catch(() => undefined);
  if (scheme === 'dark') await page.addStyleTag({ content: 'html,body{background:#16181c!important;color:#e6e6e6!important} a{color:#8ab4f8!important}' });
  const box = (await page.evaluate(`(() => {
    const all = [...(CSS.highlights.get('onrecord-quote') ?? [])];
    const r = all[Math.min(1, all.length - 1)];
    if (!r) return null;
    window.scrollBy(0, r.getClientRects()[0].top - innerHeight * 0.55);
    const rect = r.getClientRects()[0];
    return { x: rect.left + 30, y: rect.top + rect.height / 2 };
  })()`)) as { x: number; y: number } | null;
  if (box) {
    await page.mouse.move(box.x + 200, box.y + 300);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.waitForTimeout(1200);
    await emulateCardScheme(ctx, page, scheme);
  }
  await page.screenshot({ path: out });
  await page.close();
}

export async function shootSurfaces(
  ctx: BrowserContext,
  extensionId: string,
  out: string,
  longest: { url: string; tabPage: Page | null; tabId: number | null },
  cardUrl: string,
): Promise<string[]> {
  const shots: string[] = [];
  const shot = (name: string) => (shots.push(join(out, name)), join(out, name));
  const ext = (path: string) => `chrome-extension://${extensionId}/${path}`;
  await cardShot(ctx, cardUrl, 'light', shot('card-light.png'));
  await cardShot(ctx, cardUrl, 'dark', shot('card-dark.png'));
  if (longest.tabId !== null) {
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(ext(`src/popup/index.html?tabId=${longest.tabId}`));
    await popup.waitForTimeout(1500);
    await popup.screenshot({ path: shot('popup-long.png') });
    await popup.screenshot({ path: shot('popup-long-full.png'), fullPage: true });
    const compare = popup.getByRole('button', { name: /^Compare/ }).first();
    if (await compare.count()) {
      await compare.click();
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: shot('compare.png') });
    }
    await popup.close();
  }
  await fillLibrary(ctx, 50);
  const lib = await ctx.newPage();
  await lib.setViewportSize({ width: 1200, height: 900 });
  await lib.goto(ext('src/library/index.html'));
  await lib.waitForTimeout(800);
  await lib.screenshot({ path: shot('library.png') });
  await lib.getByRole('tab', { name: 'People' }).click();
  await lib.getByTestId('person').filter({ hasText: INVENTED[0]! }).first().click();
  await lib.waitForTimeout(500);
  const point = lib.getByTestId('timeline-point').nth(3);
  if (await point.count()) await point.focus();
  await lib.screenshot({ path: shot('timeline.png') });
  await lib.close();
  for (const [name, path] of [
    ['welcome', 'src/welcome/index.html'],
    ['settings', 'src/settings/index.html'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await ctx.newPage();
      await p.emulateMedia({ colorScheme: scheme });
      await p.setViewportSize({ width: 1000, height: 900 });
      await p.goto(ext(path));
      await p.waitForTimeout(400);
      await p.screenshot({ path: shot(`${name}-${scheme}.png`), fullPage: true });
      await p.close();
    }
  }
  return shots;
}
