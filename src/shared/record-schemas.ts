/**
 * One valibot schema per library record (core/library-model.ts has the types): imports check files with
 * them, and messages check the parts of a save with the same entries, so a limit is written once. The
 * type assertions at the end fail to compile when a schema and its record type drift apart.
 */
import * as v from 'valibot';
import type { PersonRecord, QuoteRecord, SourceRecord, TextPositionSelector, TextQuoteSelector } from '../core/index';
import { LIMITS } from './limits';

export const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
export const nullableStr = (max: number) => v.nullable(str(max));
const id = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(256, 'longer than 256 characters'));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));
const position = v.pipe(v.number(), v.integer('expected an integer'), v.minValue(0, 'expected 0 or more'));
const timestamp = v.pipe(
  v.string(),
  v.maxLength(64, 'longer than 64 characters'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date'),
);

/** Only web (and local file) addresses: a `javascript:` or `data:` URL must never become a link. */
export const pageUrl = v.pipe(str(LIMITS.url), v.regex(/^(https?|file):\/\//i, 'not an http(s) or file URL'));
export const quoteText = v.pipe(str(LIMITS.text), v.minLength(1, 'empty'));

export const quoteSelectorEntries = { type: v.literal('TextQuoteSelector'), exact: str(LIMITS.text), prefix: str(LIMITS.context), suffix: str(LIMITS.context) };
const END_BEFORE_START = 'end comes before start';
export const positionSelectorEntries = { type: v.literal('TextPositionSelector'), start: position, end: position };

/** The two selectors of a quote, as objects that refuse other keys (messages, `strict`) or drop them (files). */
export const selectorsSchema = (strict = false) =>
  strict
    ? v.tuple([
        v.strictObject(quoteSelectorEntries),
        v.pipe(
          v.strictObject(positionSelectorEntries),
          v.check((s) => s.end >= s.start, END_BEFORE_START),
        ),
      ])
    : v.tuple([
        v.object(quoteSelectorEntries),
        v.pipe(
          v.object(positionSelectorEntries),
          v.check((s) => s.end >= s.start, END_BEFORE_START),
        ),
      ]);

export const sourceEntries = { url: pageUrl, title: str(LIMITS.headline), outlet: str(LIMITS.name), published: nullableStr(64) };

export const quoteSchema = v.object({
  id,
  text: quoteText,
  personId: v.nullable(id),
  speaker: nullableStr(LIMITS.name),
  speakerTitle: nullableStr(LIMITS.name),
  sourceUrl: pageUrl,
  sourceUrls: v.pipe(list(pageUrl, LIMITS.list), v.minLength(1, 'empty')),
  paragraph: str(LIMITS.paragraph),
  headline: str(LIMITS.headline),
  selectors: selectorsSchema(),
  terms: list(str(LIMITS.name), LIMITS.list),
  entities: list(str(LIMITS.name), LIMITS.list),
  savedAt: timestamp,
  published: nullableStr(64),
});

const personTitle = v.object({ title: str(LIMITS.name), seen: str(64), sourceUrl: pageUrl });
export const personSchema = v.object({
  id,
  name: v.pipe(str(LIMITS.name), v.minLength(1, 'empty')),
  aliases: list(str(LIMITS.name), LIMITS.list),
  titles: list(personTitle, LIMITS.list),
  official: v.boolean(),
});

export const sourceSchema = v.object(sourceEntries);
export const recordList = <T extends v.GenericSchema>(item: T) => list(item, LIMITS.records);

// Compile-time: each schema's output is exactly its record type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact = <T extends true>(_: T) => undefined;
exact<Same<v.InferOutput<typeof quoteSchema>, QuoteRecord>>(true);
exact<Same<v.InferOutput<typeof personSchema>, PersonRecord>>(true);
exact<Same<v.InferOutput<typeof sourceSchema>, SourceRecord>>(true);
exact<Same<v.InferOutput<ReturnType<typeof selectorsSchema>>, [TextQuoteSelector, TextPositionSelector]>>(true);
