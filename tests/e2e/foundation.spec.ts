import { test, expect } from './fixtures';

async function summaryFor(worker: import('@playwright/test').Worker, tabId: number) {
  return worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
}

test('the content script reports the article paragraphs to the background', async ({ context, server, worker, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  const tabId = await tabIdOf(page);
  await expect
    .poll(() => summaryFor(worker, tabId))
    .toMatchObject({
      // Headline + four paragraphs; the byline, the nav, the related rail and the footer are not article text.
      paragraphCount: 5,
      title: 'Council Approves Harbour Budget After Late Vote',
    });
});

test('the service worker answers a typed message from an extension page', async ({ openLibrary }) => {
  const library = await openLibrary();
  const reply = await library.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', payload: null }));
  expect(reply).toEqual({ ok: true, value: { version: '0.1.0' } });
  await expect(library.getByTestId('library-status')).toHaveText('OnRecord 0.1.0 is running.');
  const unknown = await library.evaluate(() => chrome.runtime.sendMessage({ type: 'dropEverything', payload: null }));
  expect(unknown).toEqual({ ok: false, error: 'refused: unknown message dropEverything' });
});

test('the popup shows the paragraph count of its tab', async ({ context, server, worker, tabIdOf, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  const tabId = await tabIdOf(page);
  await expect.poll(() => summaryFor(worker, tabId)).not.toBeNull();
  const popup = await openPopup(page);
  await expect(popup.getByTestId('paragraph-count')).toContainText('5');
  await expect(popup.getByTestId('paragraph-count')).toContainText('paragraphs of article text');
});

test('the popup explains what to do on a tab it has not read', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByText('OnRecord has not read this tab yet')).toBeVisible();
});
