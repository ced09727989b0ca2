/**
 * Hostile content: an article whose quotes, headline, outlet and canonical URL carry markup and script
 * payloads, and a library file whose speakers, titles and URLs do too. Every view shows them as text,
 * nothing they describe is ever created, no javascript: link appears, and the CSV export defuses formulas.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { indexKeysOf } from '../../src/core/index';
import { saveTabQuotes } from '../support/as-popup';
import { test, expect } from './fixtures';
import { readCard } from './support/card';
import { parseCsv } from '../support/csv';

const PAGE = '/hostile/payloads.html';
const PWN = 'window.__pwned=1';
const IMG = '<img src=x onerror="window.__pwned=1">';
const STYLE = '</style><script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const BOLD = '<b onmouseover=window.__pwned=1>Mallory</b>';

async function saveAllQuotes(context: BrowserContext, tabId: number): Promise<{ listed: number; saved: number; errors: string[] }> {
  const replies = await saveTabQuotes(context, tabId);
  return { listed: replies.length, saved: replies.filter((r) => r.ok).length, errors: replies.flatMap((r) => (r.ok ? [] : [r.error])) };
}

/** A library file someone else made: speakers, titles, outlets and URLs that are payloads. */
function hostileLibraryFile(webbUrl: string) {
  const seen = '2025-01-10T09:00:00.000Z';
  const record = (id: string, personId: string | null, speaker: string | null, speakerTitle: string | null, text: string, sourceUrl: string) => {
    const paragraph = `“${text}” ${speaker ?? 'someone'} said.`;
    const headline = 'Budget row: earlier statements';
    const keys = indexKeysOf({ text, paragraph, headline, speaker });
    return {
      id,
      text,
      personId,
      speaker,
      speakerTitle,
      sourceUrl,
      sourceUrls: [sourceUrl],
      paragraph,
      headline,
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: '“', suffix: '”' },
        { type: 'TextPositionSelector', start: 1, end: 1 + text.length },
      ],
      terms: keys.terms,
      entities: keys.entities,
      savedAt: seen,
      published: seen,
    };
  };
  return {
    format: 'onrecord-library',
    version: 1,
    exportedAt: seen,
    quotes: [
      // Clara Webb is the page's finance minister: this earlier statement is related to her quotes there.
      record('q_hostile_webb', 'p_hostile_webb', 'Clara Webb', SVG, `The budget figures will change, ${IMG} believe me`, webbUrl),
      record('q_hostile_mallory', 'p_hostile_mallory', BOLD, STYLE, `=cmd|' /C calc'!A0 the budget figures are final`, 'https://elsewhere.example/story'),
    ],
    people: [
      { id: 'p_hostile_webb', name: 'Clara Webb', aliases: [], titles: [{ title: SVG, seen: '2025-01-10', sourceUrl: webbUrl }], official: true },
      {
        id: 'p_hostile_mallory',
        name: BOLD,
        aliases: [IMG],
        titles: [{ title: STYLE, seen: '2025-01-10', sourceUrl: 'https://elsewhere.example/story' }],
        official: false,
      },
    ],
    sources: [
      { url: webbUrl, title: STYLE, outlet: `${IMG} Times`, published: seen },
      { url: 'https://elsewhere.example/story', title: SVG, outlet: BOLD, published: seen },
    ],
  };
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * Elements a payload would have created, found through the DevTools protocol so closed shadow roots
 * (the hover card) are searched too: img[src=x], svg[onload], any on* attribute, a script mentioning __pwned.
 */
async function payloadElements(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await session.detach();
  const found: string[] = [];
  const visit = (n: CdpNode, inScript: boolean) => {
    const attrs = n.attributes ?? [];
    const names = attrs.filter((_, i) => i % 2 === 0).map((a) => a.toLowerCase());
    const attr = (name: string) => attrs[attrs.findIndex((a, i) => i % 2 === 0 && a.toLowerCase() === name) + 1];
    if (n.nodeName === 'IMG' && attr('src') === 'x') found.push('img[src=x]');
    if (n.nodeName.toLowerCase() === 'svg' && names.includes('onload')) found.push('svg[onload]');
    for (const a of names) if (a.startsWith('on')) found.push(`${n.nodeName.toLowerCase()}[${a}]`);
    if (inScript && n.nodeName === '#text' && (n.nodeValue ?? '').includes('__pwned')) found.push('script with __pwned');
    const script = inScript || n.nodeName === 'SCRIPT';
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) visit(c, script);
  };
  visit(root, false);
  return found;
}

async function assertUnharmed(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `window.__pwned in ${where}`).toBeUndefined();
  expect(await payloadElements(page), `payload elements in ${where}`).toEqual([]);
}

/** Every link's href as the browser resolved it: none may run script. */
async function scriptLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], area[href], [src], form[action], iframe, object, embed')]
      // An SVG <a> (the library's timeline points) has an SVGAnimatedString href: its current value is checked too.
      .map((el) => {
        const href = (el as HTMLAnchorElement | SVGAElement).href as string | SVGAnimatedString | undefined;
        return (typeof href === 'string' ? href : href?.animVal) || el.getAttribute('src') || el.getAttribute('action') || el.outerHTML;
      })
      // Browsers drop control characters from a URL before reading its scheme, so the check does too.
      // eslint-disable-next-line no-control-regex
      .filter((u) => /^\s*(javascript|data|vbscript):/i.test(u.replace(/[\u0000-\u001f]/g, ''))),
  );
}

/** Closes any open card (Escape), then points straight at the n-th highlighted quote, so no card is in the way. */
async function hoverOnly(page: Page, index: number): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
  const box = await page.evaluate((i) => {
    const range = [...CSS.highlights.get('onrecord-quote')!][i] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
  }, index);
  await page.mouse.move(box.x, box.y);
}

const downloaded = async (d: Download) => readFileSync((await d.path())!, 'utf8');

test('payloads in an article, its metadata and an imported library stay text in the page, card, popup, compare, library and exports', async ({
  context,
  server,
  tabIdOf,
  openPopup,
  openLibrary,
}) => {
  test.setTimeout(120_000);
  // An imported library file carries payload speakers, titles, outlets and a javascript: source URL.
  const library = await openLibrary();
  // A javascript: source URL makes the whole file invalid: nothing is imported, and the error says where.
  const refused = (await library.evaluate(
    (data) => chrome.runtime.sendMessage({ type: 'importLibrary', payload: { data } }),
    hostileLibraryFile(`javascript:${PWN}`),
  )) as { ok: boolean; error?: string };
  expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/sourceUrl.*not an http/) });
  // The same payloads in an http(s) address are data, and must stay data.
  const imported = (await library.evaluate(
    (data) => chrome.runtime.sendMessage({ type: 'importLibrary', payload: { data } }),
    hostileLibraryFile(`https://webb.example/story?x="><svg onload=${PWN}>`),
  )) as { ok: boolean; error?: string };
  expect(imported).toMatchObject({ ok: true });
  await library.close();

  // The article.
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(server.url(PAGE));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  // The page shows the payloads as text: nothing in its own source runs them.
  await expect(page.locator('article')).toContainText(IMG);
  const quoteCount = await page.evaluate(() => CSS.highlights.get('onrecord-quote')!.size);
  expect(quoteCount).toBeGreaterThanOrEqual(8);

  // Hover every quote: each card renders, showing that quote, with the payload as text.
  const quoteTexts = (await page.evaluate(() => [...CSS.highlights.get('onrecord-quote')!].map((r) => r.toString()))).map((t) => t.replace(/^[“"]|[”"]$/g, ''));
  const cards: string[] = [];
  for (let i = 0; i < quoteCount; i++) {
    await hoverOnly(page, i);
    await expect.poll(() => readCard(page)).toContain(quoteTexts[i]!.slice(0, 30));
    await page.waitForTimeout(200); // the related statement arrives after the card opens
    cards.push((await readCard(page))!);
  }
  const allCards = cards.join('\n');
  expect(allCards).toContain(IMG);
  expect(allCards).toContain(STYLE);
  expect(allCards).toContain(SVG);
  // The imported statement shows beside Webb's quotes, with its payload outlet as text.
  expect(allCards).toContain(`${IMG} Times`);
  await assertUnharmed(page, 'the article page');

  // Save every quote.
  const tabId = await tabIdOf(page);
  const saved = await saveAllQuotes(context, tabId);
  expect(saved.errors).toEqual([]);
  expect(saved.saved).toBe(quoteCount);
  await assertUnharmed(page, 'the article page after saving');

  // The popup for that tab.
  const popup = await openPopup(page);
  await popup.setViewportSize({ width: 520, height: 900 });
  await expect(popup.getByTestId('page-quote')).toHaveCount(quoteCount);
  const popupBody = popup.locator('body');
  await expect(popupBody).toContainText(IMG);
  await expect(popupBody).toContainText(STYLE);
  await expect(popupBody).toContainText(SVG);
  await expect(popupBody).toContainText(`${IMG} Times`);
  expect(await scriptLinks(popup), 'script links in the popup').toEqual([]);
  await assertUnharmed(popup, 'the popup');

  // Compare a page quote with the imported statement whose source URL is javascript:.
  const item = popup.getByTestId('page-quote').filter({ hasText: 'The figures are final' });
  // Its status comes as it comes into view: wait for it before looking at its related statements.
  await expect(item).not.toContainText('Checking your library');
  const more = item.locator('details summary');
  if (await more.count()) await more.click();
  const related = item.getByTestId('related-item').filter({ hasText: 'will change' });
  await expect(related).toHaveCount(1);
  await related.getByRole('button', { name: /Compare/ }).click();
  const compare = popup.getByTestId('compare');
  await expect(compare).toBeVisible();
  await expect(popup.getByTestId('compare-current')).toContainText(IMG);
  await expect(popup.getByTestId('compare-other')).toContainText(IMG);
  await expect(compare).toContainText(`${IMG} Times`);
  await expect(compare).toContainText(SVG); // the speaker's payload title
  expect(await scriptLinks(popup), 'script links in the compare view').toEqual([]);
  // The page's own link points at the page, never at its javascript: canonical.
  const hrefs = await compare.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(server.url(PAGE));
  await assertUnharmed(popup, 'the compare view');

  // The library page: quotes, then people, then one person's page.
  const lib = await openLibrary();
  await expect(lib.getByTestId('library-quote').first()).toBeVisible();
  const libBody = lib.locator('body');
  await expect(libBody).toContainText(IMG);
  await expect(libBody).toContainText(STYLE);
  await expect(libBody).toContainText(SVG);
  await expect(libBody).toContainText(BOLD);
  await assertUnharmed(lib, 'the library quotes tab');
  await lib.getByRole('tab', { name: 'People' }).click();
  const mallory = lib.getByTestId('person').filter({ hasText: BOLD });
  await expect(mallory).toHaveCount(1);
  await expect(lib.getByTestId('person').filter({ hasText: STYLE })).toHaveCount(1);
  await assertUnharmed(lib, 'the library people tab');
  await mallory.click();
  await expect(lib.locator('#person-h')).toHaveText(BOLD);
  await expect(lib.getByTestId('timeline')).toBeVisible();
  await assertUnharmed(lib, "Mallory's person page");
  expect(await scriptLinks(lib), 'script links in the library').toEqual([]);

  // Exports, through the background and through the page's buttons.
  const exported = (await lib.evaluate(() => chrome.runtime.sendMessage({ type: 'exportLibrary', payload: null }))) as {
    ok: boolean;
    value: { quotes: Array<{ text: string }>; sources: Array<{ outlet: string; title: string }>; people: Array<{ name: string }> };
  };
  expect(exported.ok).toBe(true);
  const texts = exported.value.quotes.map((q) => q.text);
  expect(texts).toContain('The figures are final: <img src=x onerror="window.__pwned=1"> and nothing will change them,');
  expect(texts.some((t) => t.includes(STYLE))).toBe(true);
  expect(exported.value.sources.map((s) => s.outlet)).toContain(`${STYLE}${SVG} Gazette`);
  expect(exported.value.people.map((p) => p.name)).toContain(BOLD);

  await lib.getByRole('tab', { name: 'Quotes' }).click();
  await lib.locator('.export summary').click();
  const [jsonDownload] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'JSON (lossless)' }).click()]);
  const json = JSON.parse(await downloaded(jsonDownload)) as { quotes: Array<{ text: string }> };
  expect(json.quotes.map((q) => q.text).sort()).toEqual([...texts].sort());
  const [csvDownload] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'CSV' }).click()]);
  const rows = parseCsv(await downloaded(csvDownload));
  const [header, ...body] = rows;
  expect(header).toEqual([
    'id',
    'text',
    'speaker',
    'speaker_title',
    'outlet',
    'title',
    'url',
    'published',
    'saved_at',
    'person_id',
    'person_name',
    'official',
    'other_urls',
    'headline',
    'start',
    'end',
    'prefix',
    'exact',
    'suffix',
    'other_sources',
    'paragraph',
  ]);
  expect(body.length).toBe(exported.value.quotes.length);
  // No cell a spreadsheet would run as a formula.
  const formulas = body.flatMap((r) => r.filter((c) => /^[=+\-@\t\r]/.test(c)));
  expect(formulas).toEqual([]);
  const textCell = (start: string) => body.map((r) => r[1]!).find((c) => c.replace(/^'/, '').startsWith(start));
  expect(textCell('=HYPERLINK')).toBe(`'=HYPERLINK("http://x","y") is what the opposition wants to put on every bill,`);
  expect(textCell('+1 for the treasury')).toMatch(/^'\+1 for the treasury/);
  expect(textCell('@everyone')).toMatch(/^'@everyone/);
  expect(textCell('-2 per cent')).toMatch(/^'-2 per cent/);
  expect(textCell('=cmd|')).toMatch(/^'=cmd\|/);
  // The official who said the HYPERLINK quote is attributed in the export.
  const hyperlinkRow = body.find((r) => r[1]!.includes('HYPERLINK'))!;
  expect(hyperlinkRow[2]).toBe('Rosa Delgado');

  await assertUnharmed(lib, 'the library after exports');
  await assertUnharmed(page, 'the article page at the end');
  expect(pageErrors).toEqual([]);
});
