/** Saving, reading, deleting and re-attributing quotes. Each operation is one transaction. */
import {
  buildQuoteRecord,
  canonicalUrl,
  mergeQuoteRecords,
  normaliseQuoteText,
  indexKeysFrom,
  type SaveInput,
  type QuoteRecord,
  type SourceRecord,
} from '../core/index';
import { err, type Result } from '../shared/result';
import { LibraryError, run } from './db';
import { LIMITS } from '../shared/limits';
import { dropIfOrphan, resolvePerson } from './person-resolve';
import { featuresOfRecord, keepFeatures, toQuoteRecord, toStoredQuote } from './features';
import { ALL_STORES, type LibraryDB, type StoredQuote, type Tx } from './schema';
import { applyStatDelta, StatDelta } from './stats';
import { journalQuote, journalSource } from './journal';

export interface SaveOutcome {
  record: QuoteRecord;
  created: boolean;
}

function problemWith(input: SaveInput): string | null {
  if (typeof input !== 'object' || input === null) return 'no quote was given';
  if (typeof input.text !== 'string' || !input.text.trim()) return 'the quote is empty';
  if (input.text.length > LIMITS.text) return `the quote is longer than ${LIMITS.text} characters`;
  if (!input.source?.url) return 'the page has no URL';
  if (input.source.url.length > LIMITS.url) return `the page URL is longer than ${LIMITS.url} characters`;
  if (Number.isNaN(Date.parse(input.savedAt))) return `savedAt is not a date: ${String(input.savedAt)}`;
  return null;
}

const cut = (s: string | null, max: number) => (s === null ? null : s.slice(0, max));

/** The page URL made canonical and oversized fields cut, so every saved record can be exported and imported again. */
function normalise(input: SaveInput): SaveInput {
  const { url, title, outlet, published } = input.source;
  const source = {
    url: canonicalUrl(url),
    title: title.slice(0, LIMITS.headline),
    outlet: outlet.slice(0, LIMITS.name),
    published: published && published.length <= 64 ? published : null,
  };
  const [quote, position] = input.selectors;
  return {
    ...input,
    source,
    speaker: cut(input.speaker?.trim() || null, LIMITS.name),
    speakerTitle: cut(input.speakerTitle?.trim() || null, LIMITS.name),
    paragraph: input.paragraph.slice(0, LIMITS.paragraph),
    headline: input.headline.slice(0, LIMITS.headline),
    articlePeople: Array.isArray(input.articlePeople)
      ? input.articlePeople
          .filter((n) => typeof n === 'string')
          .slice(0, 500)
          .map((n) => n.slice(0, LIMITS.name))
      : [],
    selectors: [{ ...quote, prefix: quote.prefix.slice(-LIMITS.context), suffix: quote.suffix.slice(0, LIMITS.context) }, position],
  };
}

export function mergeSource(old: SourceRecord | undefined, s: SourceRecord): SourceRecord {
  if (!old) return s;
  return { url: s.url, title: s.title || old.title, outlet: s.outlet || old.outlet, published: s.published ?? old.published };
}

/**
 * The stored record `incoming` is another sighting of. After two people are merged the same statement
 * would get a new id (ids include the person), but on its own page it is still the same record.
 */
export async function existingFor(tx: Tx<'readwrite'>, incoming: QuoteRecord): Promise<StoredQuote | undefined> {
  const quotes = tx.objectStore('quotes');
  const byId = await quotes.get(incoming.id);
  if (byId || incoming.personId === null) return byId;
  const key = normaliseQuoteText(incoming.text);
  const onPage = await quotes.index('bySources').getAll(incoming.sourceUrl);
  return onPage.find((q) => q.personId === incoming.personId && normaliseQuoteText(q.text) === key);
}

/**
 * Stores `incoming`, or merges it into the record it repeats; stats count new quotes only. A merge keeps the
 * stored text and speaker, so the stored features stay; a new record gets them derived here.
 */
export async function storeQuote(tx: Tx<'readwrite'>, incoming: QuoteRecord): Promise<SaveOutcome> {
  const existing = await existingFor(tx, incoming);
  if (existing) {
    const record = mergeQuoteRecords(toQuoteRecord(existing), incoming);
    await tx.objectStore('quotes').put(keepFeatures(record, existing));
    await journalQuote(tx, record);
    return { record, created: false };
  }
  const stored = toStoredQuote(incoming);
  await tx.objectStore('quotes').put(stored);
  await applyStatDelta(tx, new StatDelta().add(stored, 1));
  await journalQuote(tx, stored);
  return { record: toQuoteRecord(stored), created: true };
}

/**
 * Saves a quote with its speaker and page in one transaction: if any write fails (a full disk, a crash)
 * none of them happened. Saving the same statement again only adds the page it was seen on.
 */
export function saveQuote(db: LibraryDB, input: SaveInput): Promise<Result<SaveOutcome>> {
  const problem = problemWith(input);
  if (problem) return Promise.resolve(err(`Saving the quote failed: ${problem}`));
  return run('Saving the quote', db, ALL_STORES, 'readwrite', async (tx) => {
    // Inside the guarded work: a malformed field becomes an error Result, not an exception.
    const clean = normalise(input);
    const person =
      clean.named && clean.speaker
        ? await resolvePerson(
            tx,
            {
              name: clean.speaker,
              title: clean.speakerTitle,
              official: clean.official,
              sourceUrl: clean.source.url,
              published: clean.source.published,
              savedAt: clean.savedAt,
            },
            clean.articlePeople,
          )
        : null;
    const sources = tx.objectStore('sources');
    const source = mergeSource(await sources.get(clean.source.url), clean.source);
    await sources.put(source);
    await journalSource(tx, source);
    const outcome = await storeQuote(tx, buildQuoteRecord(clean, person?.id ?? null));
    // Saving again with an attribution the reader has since corrected must not leave that person behind.
    if (!outcome.created && person && outcome.record.personId !== person.id) await dropIfOrphan(tx, person.id);
    return outcome;
  });
}

export function getQuote(db: LibraryDB, id: string): Promise<Result<QuoteRecord | null>> {
  return run('Reading the quote', db, ['quotes'], 'readonly', async (tx) => {
    const q = await tx.objectStore('quotes').get(id);
    return q ? toQuoteRecord(q) : null;
  });
}

export function countQuotes(db: LibraryDB): Promise<Result<number>> {
  return run('Counting quotes', db, ['quotes'], 'readonly', (tx) => tx.objectStore('quotes').count());
}

/** Deletes a quote and hands it back, so the page can offer undo through `restoreQuote`. */
export function deleteQuote(db: LibraryDB, id: string): Promise<Result<QuoteRecord | null>> {
  return run('Deleting the quote', db, ['quotes', 'stats'], 'readwrite', async (tx) => {
    const q = await tx.objectStore('quotes').get(id);
    if (!q) return null;
    await tx.objectStore('quotes').delete(id);
    await applyStatDelta(tx, new StatDelta().add(q, -1));
    await journalQuote(tx, q, 'deleted');
    return toQuoteRecord(q);
  });
}

export function restoreQuote(db: LibraryDB, record: QuoteRecord): Promise<Result<QuoteRecord>> {
  return run('Restoring the quote', db, ['quotes', 'stats'], 'readwrite', async (tx) => (await storeQuote(tx, record)).record);
}

/**
 * The reader corrects who said a quote. The record keeps its id, so saving the same quote from the page
 * again (with the engine's original attribution) lands on the corrected record.
 */
export function setQuoteSpeaker(
  db: LibraryDB,
  quoteId: string,
  name: string | null,
  title: string | null,
  opts: { named?: boolean; official?: boolean } = {},
): Promise<Result<QuoteRecord>> {
  return run('Changing the speaker', db, ALL_STORES, 'readwrite', async (tx) => {
    const q = await tx.objectStore('quotes').get(quoteId);
    if (!q) throw new LibraryError(`no quote with id ${quoteId}`);
    const speaker = name?.trim() || null;
    const person =
      speaker && (opts.named ?? true)
        ? await resolvePerson(tx, {
            name: speaker,
            title,
            official: opts.official ?? false,
            sourceUrl: q.sourceUrl,
            published: q.published,
            savedAt: q.savedAt,
          })
        : null;
    // The speaker's name is one of the quote's entities: index keys and features are derived again.
    const changed: QuoteRecord = { ...toQuoteRecord(q), personId: person?.id ?? null, speaker, speakerTitle: title };
    const f = featuresOfRecord(changed);
    const keys = indexKeysFrom(f);
    const next = toStoredQuote({ ...changed, terms: keys.terms, entities: keys.entities }, f);
    await tx.objectStore('quotes').put(next);
    // The speaker's name is one of the quote's stat keys, so the counts move with it.
    await applyStatDelta(tx, new StatDelta().add(q, -1).add(next, 1));
    await journalQuote(tx, next);
    if (q.personId !== next.personId) await dropIfOrphan(tx, q.personId);
    return toQuoteRecord(next);
  });
}
