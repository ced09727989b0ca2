/**
 * Fills the extension's real IndexedDB library fast: generated articles become a library export (records
 * built by core's buildQuoteRecord, so terms and entities are what a save would store), imported in chunks
 * through the background from a privileged extension page. Also builds queries and saves that are not in it.
 */
import type { Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildQuoteRecord,
  selectorsFor,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type LibraryExport,
  type PersonRecord,
  type QuoteRecord,
  type SourceRecord,
} from '../../src/core/index';
import type { PageQuote, SaveRequest } from '../../src/shared/protocol';
import { article, PEOPLE, type GenArticle, type GenQuote } from './news-gen';

const PER_ARTICLE = 5;
export const IMPORT_CHUNK = 5_000;
/** Queries and saves come from articles far past any library size, so they are new to the library. */
export const FRESH_ARTICLES = 5_000_000;

let built = false;
/** Other developers edit src/ concurrently: measure what the tree builds now, once per bench run. */
export function ensureChromeBuild(): void {
  if (built) return;
  execSync('npm run -s build:chrome', { stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

const sourceOf = (a: GenArticle): SourceRecord => ({ url: a.url, title: a.title, outlet: a.outlet, published: a.published });
const selectorsOf = (q: GenQuote) => {
  const start = q.paragraph.indexOf(q.text);
  return selectorsFor(q.paragraph, start, start + q.text.length, 0);
};

export function saveRequestOf(a: GenArticle, q: GenQuote): SaveRequest {
  return {
    text: q.text,
    speaker: q.speaker,
    speakerTitle: q.title,
    named: q.personId !== null,
    official: q.personId !== null,
    paragraph: q.paragraph,
    headline: a.title,
    selectors: selectorsOf(q),
    source: sourceOf(a),
  };
}

export function pageQuoteOf(a: GenArticle, q: GenQuote, key: string): PageQuote {
  return {
    key,
    text: q.text,
    speaker: q.speaker,
    speakerTitle: q.title,
    official: q.personId !== null,
    paragraph: q.paragraph,
    headline: a.title,
    sourceUrl: a.url,
    published: a.published,
  };
}

const chunks = new Map<string, string>();
/** The export of quotes [from, to) as JSON, kept for the run: the storage and ui sections import the same chunks. */
function exportJson(from: number, to: number): string {
  const key = `${from}-${to}`;
  if (!chunks.has(key)) chunks.set(key, JSON.stringify(exportOf(from, to)));
  return chunks.get(key)!;
}

/** Library export holding generated quotes [from, to). */
export function exportOf(from: number, to: number): LibraryExport {
  const quotes: QuoteRecord[] = [];
  const sources = new Map<string, SourceRecord>();
  const people = new Map<string, PersonRecord>();
  for (let a = Math.floor(from / PER_ARTICLE); a * PER_ARTICLE < to; a++) {
    const art = article(a);
    for (let k = 0; k < PER_ARTICLE; k++) {
      const i = a * PER_ARTICLE + k;
      if (i < from || i >= to) continue;
      const q = art.quotes[k]!;
      const savedAt = new Date(Date.parse(art.published) + 3_600_000 * (1 + k)).toISOString();
      quotes.push(buildQuoteRecord({ ...saveRequestOf(art, q), savedAt }, q.personId));
      sources.set(art.url, sourceOf(art));
      if (q.personId && !people.has(q.personId)) {
        const p = PEOPLE.find((x) => x.id === q.personId)!;
        people.set(p.id, {
          id: p.id,
          name: p.name,
          aliases: [],
          titles: [{ title: p.title, seen: art.published.slice(0, 10), sourceUrl: art.url }],
          official: true,
        });
      }
    }
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    quotes,
    people: [...people.values()],
    sources: [...sources.values()],
  };
}

/** Sends one message from an extension page to the background; throws on a refused or failed reply. */
export async function send<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as {
    ok: boolean;
    value?: T;
    error?: string;
  };
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no reply'}`);
  return reply.value as T;
}

/** Imports generated quotes [from, to) in chunks; returns the wall time (not a measurement, just progress). */
export async function fillLibrary(page: Page, from: number, to: number): Promise<number> {
  const t0 = Date.now();
  for (let i = from; i < to; i += IMPORT_CHUNK) {
    // importLibrary takes the file's text as well as parsed JSON.
    const r = await send<{ added: number; merged: number }>(page, 'importLibrary', { data: exportJson(i, Math.min(to, i + IMPORT_CHUNK)) });
    if (r.added !== Math.min(to, i + IMPORT_CHUNK) - i) throw new Error(`import of quotes ${i}.. added ${r.added}, merged ${r.merged}`);
  }
  return Date.now() - t0;
}

/**
 * Times messages one after another inside the page (performance.now around each sendMessage round trip),
 * so Playwright's own latency is not in the figures. Returns milliseconds per message, and per reply the
 * number of items (array replies) or 1 for a created save.
 */
export async function timeMessages(page: Page, messages: Array<{ type: string; payload: unknown }>): Promise<{ ms: number[]; items: number[] }> {
  return page.evaluate(async (list) => {
    const ms: number[] = [];
    const items: number[] = [];
    for (const m of list) {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string };
      ms.push(performance.now() - t0);
      if (!reply?.ok) throw new Error(`${m.type}: ${reply?.error}`);
      items.push(Array.isArray(reply.value) ? reply.value.length : (reply.value as { created?: boolean })?.created ? 1 : 0);
    }
    return { ms, items };
  }, messages);
}

export function freshArticle(n: number): GenArticle {
  return article(FRESH_ARTICLES + n);
}

/** Total bytes under a directory. */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}
