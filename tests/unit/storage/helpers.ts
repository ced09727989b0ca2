/** Shared set-up for the storage tests: a fresh fake IndexedDB per library, inputs, seed quotes. */
import 'fake-indexeddb/auto';
// Renamed: the package exports a value named IDBFactory, which would hide the DOM type of the same name.
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { expect } from 'vitest';
import { analyzeArticle, selectorsFor, type SaveInput } from '../../../src/core/index';
import type { Result } from '../../../src/shared/result';
import { openLibrary } from '../../../src/storage/db';
import { saveQuote } from '../../../src/storage/quotes';
import { featuresOfRecord, packFeatures } from '../../../src/storage/features';
import type { LibraryDB, StatRow } from '../../../src/storage/schema';
import type { Annotated } from '../../support/corpus';

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${r.error}`);
  return r.value;
}

let counter = 0;

/** Its own factory and name, so no test sees another's data. */
export async function freshLibrary(
  factory: IDBFactory = new FakeIDBFactory(),
  name = `onrecord-test-${++counter}`,
): Promise<{ db: LibraryDB; factory: IDBFactory; name: string }> {
  const db = unwrap(await openLibrary({ indexedDB: factory, name }));
  return { db, factory, name };
}

export interface InputOptions {
  text?: string;
  speaker?: string | null;
  speakerTitle?: string | null;
  named?: boolean;
  official?: boolean;
  url?: string;
  outlet?: string;
  published?: string | null;
  savedAt?: string;
  paragraph?: string;
  headline?: string;
}

export function makeInput(o: InputOptions = {}): SaveInput {
  const text = o.text ?? 'We will not accept any deal that hurts working families.';
  const speaker = o.speaker === undefined ? 'Jen Psaki' : o.speaker;
  const paragraph = o.paragraph ?? `“${text}” ${speaker ?? 'someone'} said on Tuesday.`;
  const start = Math.max(0, paragraph.indexOf(text));
  return {
    text,
    speaker,
    speakerTitle: o.speakerTitle === undefined ? 'White House Press Secretary' : o.speakerTitle,
    named: o.named ?? speaker !== null,
    official: o.official ?? true,
    paragraph,
    headline: o.headline ?? 'Budget talks resume in Washington',
    selectors: selectorsFor(paragraph, start, start + text.length, 0),
    source: {
      url: o.url ?? 'https://news.example/a',
      title: 'An article',
      outlet: o.outlet ?? 'Example News',
      published: o.published === undefined ? '2024-03-01T10:00:00.000Z' : o.published,
    },
    savedAt: o.savedAt ?? '2024-03-02T12:00:00.000Z',
  };
}

/** Every quote the engine finds in a seed, as the content script would send it. */
export function seedInputs(seed: Annotated, url: string, day = 1): SaveInput[] {
  const analysis = analyzeArticle(seed.input);
  const paragraphs = seed.input.paragraphs;
  const offsets = paragraphs.map((_, i) => paragraphs.slice(0, i).reduce((n, p) => n + p.length + 1, 0));
  return analysis.quotes.map((q, i) => {
    const paragraph = paragraphs[q.paragraph]!;
    return {
      text: q.text,
      speaker: q.speaker,
      speakerTitle: q.speakerTitle,
      named: q.speakerId !== null,
      official: analysis.officials.some((o) => o.id === q.speakerId),
      paragraph,
      headline: analysis.title,
      selectors: selectorsFor(paragraph, q.start, q.end, offsets[q.paragraph]!),
      source: { url, title: analysis.title, outlet: 'Seed News', published: `2024-0${day}-01T00:00:00.000Z` },
      savedAt: new Date(Date.UTC(2024, day, 1, 0, 0, i)).toISOString(),
    };
  });
}

export async function statRows(db: LibraryDB): Promise<Map<string, number>> {
  const rows: StatRow[] = await db.getAll('stats');
  return new Map(rows.map((r) => [r.key, r.df]));
}

export async function saveAll(db: LibraryDB, inputs: SaveInput[]): Promise<void> {
  for (const input of inputs) unwrap(await saveQuote(db, input));
}

/** Every stored quote (`count` of them, when given) carries the features of its own current text and speaker. */
export async function expectFeaturesCurrent(db: LibraryDB, count?: number): Promise<void> {
  const stored = await db.getAll('quotes');
  if (count !== undefined) expect(stored).toHaveLength(count);
  for (const q of stored) expect([q.id, q.features]).toEqual([q.id, packFeatures(featuresOfRecord(q))]);
}
