/**
 * No way in: the page's own JavaScript cannot read the library, a content-script context cannot do more
 * than save and look up its own page, and the extension pages run under a CSP that refuses eval.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { saveAllQuotes } from './support/saves';
import { readCard, hoverQuote } from './support/card';
import { SEED_000, SEED_003, seedPage } from './support/seed-pages';

type Reply = { ok: true; value: unknown } | { ok: false; error: string };
interface Snapshot {
  quotes: Array<{ id: string; text: string; speaker: string | null; personId: string | null; sourceUrl: string }>;
  people: Array<{ id: string; name: string }>;
  sources: Array<{ url: string }>;
}

async function openArticle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  return page;
}

/** The whole library, read the privileged way (an extension page asking the background). */
async function snapshot(library: Page): Promise<Snapshot> {
  const reply = (await library.evaluate(() => chrome.runtime.sendMessage({ type: 'exportLibrary', payload: null }))) as Reply;
  if (!reply.ok) throw new Error(`exportLibrary failed: ${reply.error}`);
  const { quotes, people, sources } = reply.value as Snapshot;
  return { quotes, people, sources };
}

// ---------------------------------------------------------------------------------------------------------
// The page's main world

test.describe('the page cannot read the library', () => {
  test('no library data in window messages, the DOM, the card host or the page origin storage', async ({ context, server, tabIdOf, openLibrary }) => {
    server.routes.set('/seeds/first.html', {
      type: 'text/html; charset=utf-8',
      body: seedPage(SEED_003, { outlet: 'First Outlet', published: '2022-02-22T18:00:00Z' }),
    });
    server.routes.set('/seeds/second.html', {
      type: 'text/html; charset=utf-8',
      body: seedPage(SEED_000, { outlet: 'Second Outlet', published: '2023-02-02T12:00:00Z' }),
    });
    const first = await openArticle(context, server.url('/seeds/first.html'));
    expect(await saveAllQuotes(context, await tabIdOf(first))).toBeGreaterThan(5);
    await first.close();

    const library = await openLibrary();
    const saved = await snapshot(library);
    await library.close();

    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __messages: string[] };
      w.__messages = [];
      const record = (e: MessageEvent) => {
        let data: string;
        try {
          data = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
        } catch {
          data = String(e.data);
        }
        w.__messages.push(`${e.origin} ${data}`);
      };
      window.addEventListener('message', record, true);
      document.addEventListener('message', record as EventListener, true);
    });
    await page.goto(server.url('/seeds/second.html'));
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
    const article = await page.evaluate(() => document.querySelector('article')!.textContent!.replace(/\s+/g, ' '));
    // Library text this page does not itself carry: what a leak would reveal.
    const foreign = saved.quotes.map((q) => q.text.replace(/\s+/g, ' ')).filter((t) => t.length > 20 && !article.includes(t));
    expect(foreign.length).toBeGreaterThan(3);

    // Hover every quote: the cards show the best earlier statement from the library beside each one.
    const count = await page.evaluate(() => CSS.highlights.get('onrecord-quote')!.size);
    let cardShowedLibrary = false;
    for (let i = 0; i < count; i++) {
      await hoverQuote(page, i);
      await expect.poll(() => readCard(page)).not.toBeNull();
      await page.waitForTimeout(250); // the related statement arrives after the card opens
      const card = (await readCard(page)) ?? '';
      if (foreign.some((t) => card.includes(t.slice(0, 40)))) cardShowedLibrary = true;
    }
    // The test means something only if library text really was on screen in this page.
    expect(cardShowedLibrary).toBe(true);

    const seen = await page.evaluate(() => {
      const host = document.querySelector('onrecord-card') as (HTMLElement & { getHTML?: (o: unknown) => string }) | null;
      const doc = document.documentElement as HTMLElement & { getHTML?: (o: unknown) => string };
      const sel = getSelection()!;
      sel.selectAllChildren(document.documentElement);
      const selected = sel.toString();
      sel.removeAllRanges();
      return {
        messages: (window as unknown as { __messages: string[] }).__messages,
        hostFound: host !== null,
        shadowRoot: host ? host.shadowRoot : 'no host',
        outerHTML: document.documentElement.outerHTML,
        serialized: doc.getHTML ? doc.getHTML({ serializableShadowRoots: true }) : '',
        innerText: document.documentElement.innerText,
        selected,
        storage: JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
      };
    });
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    const leaks = (where: string, text: string) => foreign.filter((t) => text.includes(t.slice(0, 40))).map((t) => `${where}: ${t.slice(0, 60)}`);
    expect([
      ...leaks('postMessage', seen.messages.join('\n')),
      ...leaks('outerHTML', seen.outerHTML),
      ...leaks('getHTML', seen.serialized),
      ...leaks('innerText', seen.innerText),
      ...leaks('selection', seen.selected),
      ...leaks('web storage', seen.storage),
    ]).toEqual([]);
    // No record ids either (they would let a page ask about specific saved quotes).
    const ids = saved.quotes.map((q) => q.id);
    expect(ids.filter((id) => seen.outerHTML.includes(id) || seen.messages.join('\n').includes(id))).toEqual([]);

    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).not.toContain('onrecord');
    expect(databases.filter((n) => /onrecord/i.test(n ?? ''))).toEqual([]);
    // Opening it by name from the page gives an empty, new database of the page's origin, never the library.
    const opened = await page.evaluate(
      () =>
        new Promise<{ stores: string[]; upgraded: boolean }>((resolve) => {
          let upgraded = false;
          const req = indexedDB.open('onrecord');
          req.onupgradeneeded = () => (upgraded = true);
          req.onsuccess = () => {
            const stores = [...req.result.objectStoreNames];
            req.result.close();
            indexedDB.deleteDatabase('onrecord');
            resolve({ stores, upgraded });
          };
          req.onerror = () => resolve({ stores: [], upgraded });
        }),
    );
    expect(opened).toEqual({ stores: [], upgraded: true });
  });

  test('the page main world has no channel to the extension', async ({ context, server, extensionId }) => {
    const page = await openArticle(context, server.url('/pages/capital-ledger-ceasefire-talks.html'));
    const attempt = await page.evaluate(async (id) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
      if (!c?.runtime?.sendMessage) return 'no chrome.runtime.sendMessage';
      try {
        return JSON.stringify(await c.runtime.sendMessage(id, { type: 'exportLibrary', payload: null }));
      } catch (e) {
        return `threw: ${String(e)}`;
      }
    }, extensionId);
    expect(attempt).toMatch(/^(no chrome\.runtime\.sendMessage|threw: )/);
    // The extension's files are not web accessible: the page cannot load its scripts or pages.
    const fetched = await page.evaluate(async (id) => {
      try {
        const r = await fetch(`chrome-extension://${id}/manifest.json`);
        return `status ${r.status}`;
      } catch (e) {
        return `refused: ${String(e)}`;
      }
    }, extensionId);
    expect(fetched).toMatch(/^refused/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Forged messages from the content script's own isolated world

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/** The content script's isolated world in the page's top frame, reached through the DevTools protocol. */
async function contentScriptWorld(
  page: Page,
  extensionId: string,
): Promise<{ session: CDPSession; send: (message: unknown) => Promise<Reply>; run: (expression: string) => Promise<unknown> }> {
  const session = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  await session.send('Runtime.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  let world: ExecutionContext | undefined;
  for (let i = 0; i < 50 && !world; i++) {
    world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) await new Promise((r) => setTimeout(r, 100));
  }
  if (!world)
    throw new Error(`no isolated world of chrome-extension://${extensionId} in ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData]))}`);
  const contextId = world.id;
  const run = async (expression: string) => {
    const r = (await session.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
    return r.result.value;
  };
  const send = async (message: unknown) => (await run(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as Reply;
  return { session, send, run };
}

const REFUSED = /refused|invalid/;

test.describe('a content-script context can only save and look up its own page', () => {
  test('forged privileged, unknown, invalid and cross-site messages are refused and change nothing', async ({
    context,
    server,
    worker,
    extensionId,
    tabIdOf,
    openLibrary,
  }) => {
    const page = await openArticle(context, server.url('/pages/capital-ledger-ceasefire-talks.html'));
    const tabId = await tabIdOf(page);
    expect(await saveAllQuotes(context, tabId)).toBeGreaterThan(3);
    const library = await openLibrary();
    const before = await snapshot(library);
    expect(before.people.length).toBeGreaterThanOrEqual(2);
    const storageBefore = await worker.evaluate(() => chrome.storage.local.get(null));

    const cs = await contentScriptWorld(page, extensionId);
    // The world really is the content script's: it sees the extension's API.
    expect(await cs.run('typeof chrome.runtime.sendMessage')).toBe('function');

    const pageUrl = page.url();
    const otherPort = (() => {
      const u = new URL(pageUrl);
      u.port = String(Number(u.port) === 1 ? 2 : Number(u.port) - 1);
      return u.toString();
    })();
    const [someQuote] = before.quotes;
    const [keep, merge] = before.people;
    const meta = (canonical: string | null) => ({
      canonical,
      ogUrl: null,
      ogTitle: null,
      siteName: null,
      publishedTime: null,
      jsonLd: [],
      timeDatetime: null,
      docTitle: '',
    });
    const valid = {
      text: 'A statement this test makes up to prove the channel works.',
      speaker: 'Maria Alvarez',
      speakerTitle: 'Secretary of State',
      named: true,
      official: true,
      paragraph: '“A statement this test makes up to prove the channel works,” Maria Alvarez said.',
      headline: 'Test headline',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'A statement this test makes up to prove the channel works.', prefix: '“', suffix: '” Maria' },
        { type: 'TextPositionSelector', start: 1, end: 59 },
      ],
      source: { url: pageUrl, title: 'Test headline', outlet: 'The Capital Ledger', published: null },
    };
    const pageQuote = {
      key: 'q0',
      text: someQuote!.text,
      speaker: 'Maria Alvarez',
      speakerTitle: 'Secretary of State',
      official: true,
      paragraph: someQuote!.text,
      headline: 'x',
      sourceUrl: pageUrl,
      published: null,
    };
    const exported = { format: 'onrecord-library', version: 1, exportedAt: new Date().toISOString(), quotes: [], people: [], sources: [] };
    const { source: _dropped, ...withoutSource } = valid;
    void _dropped;

    const forged: Array<[string, unknown]> = [
      ['deleteQuote', { type: 'deleteQuote', payload: { id: someQuote!.id } }],
      ['exportLibrary', { type: 'exportLibrary', payload: null }],
      ['importLibrary', { type: 'importLibrary', payload: { data: exported } }],
      ['mergePeople', { type: 'mergePeople', payload: { keepId: keep!.id, mergeId: merge!.id } }],
      ['setSiteEnabled', { type: 'setSiteEnabled', payload: { host: new URL(pageUrl).hostname, enabled: false } }],
      ['findRelated', { type: 'findRelated', payload: { quote: pageQuote, limit: 5 } }],
      ['restoreQuote', { type: 'restoreQuote', payload: { record: someQuote } }],
      ['deleteQuotes', { type: 'deleteQuotes', payload: { ids: [someQuote!.id] } }],
      ['restoreQuotes', { type: 'restoreQuotes', payload: { records: [someQuote] } }],
      ['setQuoteSpeaker', { type: 'setQuoteSpeaker', payload: { id: someQuote!.id, name: 'Mallory', title: null } }],
      ['renamePerson', { type: 'renamePerson', payload: { personId: keep!.id, name: 'Mallory' } }],
      ['splitPerson', { type: 'splitPerson', payload: { personId: keep!.id, quoteIds: [someQuote!.id], newName: 'Mallory' } }],
      ['searchQuotes', { type: 'searchQuotes', payload: { limit: 50, offset: 0 } }],
      ['listPeople', { type: 'listPeople', payload: null }],
      ['getTabSummary', { type: 'getTabSummary', payload: { tabId } }],
      ['unknown type', { type: 'dropEverything', payload: null }],
      ['prototype key as type', { type: '__proto__', payload: null }],
      ['no type', { payload: { id: someQuote!.id } }],
      ['not an object', 'deleteQuote'],
      ['saveQuote without source', { type: 'saveQuote', payload: withoutSource }],
      ['saveQuote with no payload', { type: 'saveQuote', payload: null }],
      ['saveQuote with a 1 MB text', { type: 'saveQuote', payload: { ...valid, text: 'x'.repeat(1 << 20) } }],
      ['saveQuote with a javascript: URL', { type: 'saveQuote', payload: { ...valid, source: { ...valid.source, url: 'javascript:window.__pwned=1' } } }],
      ['saveQuote with a data: URL', { type: 'saveQuote', payload: { ...valid, source: { ...valid.source, url: 'data:text/html,<script>1</script>' } } }],
      ['saveQuote with extra fields', { type: 'saveQuote', payload: { ...valid, savedAt: '1999-01-01T00:00:00Z', personId: keep!.id } }],
      ['saveQuote with an extra source field', { type: 'saveQuote', payload: { ...valid, source: { ...valid.source, evil: true } } }],
      ['saveQuote with a wrong type', { type: 'saveQuote', payload: { ...valid, official: 'yes' } }],
      ['saveQuote for another site', { type: 'saveQuote', payload: { ...valid, source: { ...valid.source, url: 'https://other-site.example/2026/story' } } }],
      ['saveQuote for another port-less host', { type: 'saveQuote', payload: { ...valid, source: { ...valid.source, url: 'http://localhost/story' } } }],
      // The popup's view of a tab, and its saves by key, are for extension pages alone.
      ['getTabQuotes', { type: 'getTabQuotes', payload: { tabId } }],
      ['getPopupPage', { type: 'getPopupPage', payload: { tabId } }],
      ['lookupTabQuotes', { type: 'lookupTabQuotes', payload: { tabId, keys: ['k1.0.x'] } }],
      ['saveTabQuote', { type: 'saveTabQuote', payload: { tabId, key: 'k1.0.x' } }],
      // A content script names a quote of its own reading; it cannot make one up.
      ['saveQuoteByKey for a key the page was never given', { type: 'saveQuoteByKey', payload: { key: 'k9.9.forged' } }],
      [
        'showCard with made-up quote facts',
        { type: 'showCard', payload: { card: { kind: 'quote', quote: pageQuote, save: valid, dir: 'ltr', focus: false } } },
      ],
      ['showCard for a key the page was never given', { type: 'showCard', payload: { card: { kind: 'quote', key: 'k9.9.forged', dir: 'ltr', focus: false } } }],
      [
        'analyzePage with too many paragraphs',
        { type: 'analyzePage', payload: { article: { title: 't', paragraphs: Array(6001).fill('x') }, meta: meta(null), location: pageUrl } },
      ],
      [
        'analyzePage with more text than a page may send',
        { type: 'analyzePage', payload: { article: { title: 't', paragraphs: Array(90).fill('y'.repeat(100_000)) }, meta: meta(null), location: pageUrl } },
      ],
      [
        'analyzePage with a made source record instead of metadata',
        { type: 'analyzePage', payload: { article: { title: 't', paragraphs: ['x'] }, source: valid.source, location: pageUrl } },
      ],
      [
        'analyzePage with too many JSON-LD scripts',
        {
          type: 'analyzePage',
          payload: { article: { title: 't', paragraphs: ['x'] }, meta: { ...meta(null), jsonLd: Array(5).fill('{}') }, location: pageUrl },
        },
      ],
      // One IP, another port: another site (the old rule ignored ports).
      ['saveQuote for the same host on another port', { type: 'saveQuote', payload: { ...valid, source: { ...valid.source, url: otherPort } } }],
      // An upload must be whole and in order.
      [
        'analyzePage naming parts never sent',
        {
          type: 'analyzePage',
          payload: { article: { title: 't', paragraphs: ['x'] }, upload: { id: 'never-sent', parts: 3 }, meta: meta(null), location: pageUrl },
        },
      ],
      ['articlePart out of order', { type: 'articlePart', payload: { upload: 'u-forged', index: 4, paragraphs: ['x'] } }],
      ['articlePart with an overlong paragraph', { type: 'articlePart', payload: { upload: 'u-forged', index: 0, paragraphs: ['z'.repeat(100_001)] } }],
    ];
    const replies: Record<string, Reply> = {};
    for (const [label, message] of forged) replies[label] = await cs.send(message);
    const accepted = Object.entries(replies).filter(([, r]) => r.ok || !REFUSED.test(r.error));
    expect(accepted, `accepted from a content script: ${JSON.stringify(accepted).slice(0, 2000)}`).toEqual([]);

    // The library, the per-site switch and the page are as they were.
    expect(await snapshot(library)).toEqual(before);
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual(storageBefore);
    expect(await page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);

    // The same channel carries a valid save for the page's own address.
    const okReply = await cs.send({ type: 'saveQuote', payload: valid });
    expect(okReply).toMatchObject({ ok: true, value: { created: true } });
    const after = await snapshot(library);
    expect(after.quotes.length).toBe(before.quotes.length + 1);
    expect(after.quotes.map((q) => q.text)).toContain(valid.text);
    // The engine reads any page's text, but lists saved quotes only for the page's own site.
    const article = { title: 'A headline', paragraphs: ['A headline', `“${valid.text},” said Sen. Paul Okafor.`] };
    type AnalyzeReply = Reply & { value?: { analysis: { quotes: unknown[] }; saved: Array<{ text: string }>; source: { url: string } } };
    const mine = (await cs.send({ type: 'analyzePage', payload: { article, meta: meta(pageUrl), location: pageUrl } })) as AnalyzeReply;
    expect(mine.value?.analysis.quotes.length).toBe(1);
    expect(mine.value?.saved.map((q) => q.text)).toContain(valid.text);
    // A canonical link to another site is not believed: the page keeps its own address and saved quotes.
    const claimed = (await cs.send({
      type: 'analyzePage',
      payload: { article, meta: meta('https://other-site.example/2026/story'), location: pageUrl },
    })) as AnalyzeReply;
    expect(claimed.value?.source.url).toBe(pageUrl);
    expect(claimed.value?.saved.map((q) => q.text)).toContain(valid.text);
    // A page that claims to be at another site's address gets the analysis, and no one's saved quotes.
    const elsewhere = (await cs.send({
      type: 'analyzePage',
      payload: { article, meta: meta(null), location: 'https://other-site.example/2026/story' },
    })) as AnalyzeReply;
    expect(elsewhere.value?.analysis.quotes.length).toBe(1);
    expect(elsewhere.value?.saved).toEqual([]);
    await cs.session.detach();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Extension pages

test.describe('extension pages run under a strict CSP', () => {
  test('the manifest CSP allows only the extension own scripts', async ({ openLibrary, extensionId }) => {
    const library = await openLibrary();
    const manifest = (await library.evaluate(async (id) => (await fetch(`chrome-extension://${id}/manifest.json`)).json(), extensionId)) as {
      content_security_policy?: { extension_pages?: string };
    };
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!, d.slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    // No remote hosts, schemes or wildcards in any directive: only keywords like 'self' and 'none'.
    const sources = [...directives.values()].flat();
    expect(sources.filter((s) => !/^'(self|none)'$/.test(s))).toEqual([]);
  });

  for (const which of ['library', 'popup'] as const) {
    test(`eval and new Function throw in the ${which} page`, async ({ openLibrary, openPopup }) => {
      const page = which === 'library' ? await openLibrary() : await openPopup();
      // Code evaluated by DevTools itself is exempt from CSP, so the attempts run in a task the page queues.
      const results = await page.evaluate(
        () =>
          new Promise<{ eval: string; fn: string; timer: string }>((resolve) =>
            setTimeout(() => {
              const attempt = (f: () => unknown) => {
                try {
                  return `ran: ${String(f())}`;
                } catch (e) {
                  return `threw ${(e as Error).name}`;
                }
              };
              resolve({
                eval: attempt(() => (0, eval)('1')),
                fn: attempt(() => new Function('return 1')()),
                timer: attempt(() => {
                  (window as unknown as { __timer?: number }).__timer = 0;
                  setTimeout('window.__timer = 1', 0);
                  return 'scheduled';
                }),
              });
            }, 0),
          ),
      );
      expect(results.eval).toBe('threw EvalError');
      expect(results.fn).toBe('threw EvalError');
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as { __timer?: number }).__timer)).toBe(0);
      // An inline script injected into the page does not run either.
      const inline = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.head.append(s);
        await new Promise((r) => setTimeout(r, 50));
        return (window as unknown as { __inline?: number }).__inline ?? null;
      });
      expect(inline).toBeNull();
    });
  }
});
