/**
 * Web Annotation files back into a library. OnRecord's own export carries each quote's fields in its
 * `onrecord:` extension, so it comes back whole. Another tool's annotations (Hypothesis, say) keep their
 * quoted text, page and date, with the speaker unknown: an annotation names no speaker, and OnRecord never
 * guesses one. Annotations that quote no text (page notes) are skipped and counted.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, quoteId, type LibraryExport, type QuoteRecord, type TextPositionSelector, type TextQuoteSelector } from '../core/index';
import { cutValue, pathOf } from './import-schema';
import { err, ok, type Result } from './result';
import type { AnnotationQuote } from './formats';

export interface Converted {
  data: LibraryExport;
  skipped: number;
}

/** Index keys are made by storage from the text when a quote is written (storage/features), never read from a file. */
export const NO_KEYS = { terms: [] as string[], entities: [] as string[] };

const loose = <T extends v.ObjectEntries>(entries: T) => v.looseObject(entries);
const oneOrMany = <T extends v.GenericSchema>(item: T) => v.union([v.array(item), item]);
const nullableString = v.nullable(v.string());

const selector = loose({
  type: v.string(),
  exact: v.optional(v.string()),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
  start: v.optional(v.number()),
  end: v.optional(v.number()),
});
const target = v.union([v.string(), loose({ source: v.string(), selector: v.optional(oneOrMany(selector)) })]);
const extension = loose({
  text: v.string(),
  personId: nullableString,
  speaker: nullableString,
  speakerTitle: nullableString,
  sourceUrl: v.string(),
  paragraph: v.string(),
  headline: v.string(),
  published: nullableString,
});
const textBody = loose({ purpose: v.optional(v.string()), value: v.optional(v.string()) });
const annotation = loose({
  id: v.optional(v.string()),
  created: v.optional(v.string()),
  target: oneOrMany(target),
  'onrecord:quote': v.optional(extension),
  generator: v.optional(v.union([v.string(), loose({ name: v.optional(v.string()) })])),
  body: v.optional(oneOrMany(v.union([v.string(), textBody]))),
});
const page = loose({ items: v.array(v.unknown()) });
const file = v.union([
  v.array(v.unknown()),
  loose({
    type: v.literal('AnnotationCollection'),
    first: v.optional(page),
    'onrecord:people': v.optional(v.array(v.unknown())),
    'onrecord:sources': v.optional(v.array(v.unknown())),
  }),
  loose({ type: v.literal('AnnotationPage'), items: v.array(v.unknown()) }),
  loose({ type: v.literal('Annotation') }),
]);

type Annotation = v.InferOutput<typeof annotation>;
type Target = { source: string; selector: Array<v.InferOutput<typeof selector>> };

const targetsOf = (a: Annotation): Target[] =>
  (Array.isArray(a.target) ? a.target : [a.target]).map((t) =>
    typeof t === 'string'
      ? { source: t, selector: [] }
      : { source: t.source, selector: t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector] },
  );

/**
 * An OnRecord export from before the extension names the speaker only in the bodies it wrote: describing is
 * "Speaker: text", tagging "Name, Title". Read back from those alone, never from another tool's bodies.
 */
function speakerFromBodies(a: Annotation, exact: string): Pick<AnnotationQuote, 'speaker' | 'speakerTitle'> {
  const none = { speaker: null, speakerTitle: null };
  if (typeof a.generator !== 'object' || a.generator.name !== 'OnRecord') return none;
  const bodies = (Array.isArray(a.body) ? a.body : a.body === undefined ? [] : [a.body]).filter(
    (b): b is v.InferOutput<typeof textBody> => typeof b === 'object',
  );
  const describing = bodies.find((b) => b.purpose === 'describing')?.value ?? '';
  const speaker = describing.endsWith(`: ${exact}`) ? describing.slice(0, -exact.length - 2) : '';
  if (!speaker || speaker === 'Unknown speaker') return none;
  const tagging = bodies.find((b) => b.purpose === 'tagging')?.value ?? '';
  return { speaker, speakerTitle: tagging.startsWith(`${speaker}, `) ? tagging.slice(speaker.length + 2) : null };
}

/** The quote an annotation holds, or null when it quotes no text. */
function quoteOf(a: Annotation, now: string): QuoteRecord | null {
  const targets = targetsOf(a);
  const own: AnnotationQuote | undefined = a['onrecord:quote'];
  const main = targets.find((t) => t.source === own?.sourceUrl) ?? targets.find((t) => t.selector.some((s) => s.type === 'TextQuoteSelector'));
  const q = main?.selector.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.trim() !== '');
  if (!main || !q) return null;
  const p = main.selector.find((s) => s.type === 'TextPositionSelector');
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: q.exact!, prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
  // Without offsets the quote is found by its text alone: an empty range at 0 is no claim about where it is.
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: p?.start ?? 0, end: p?.end ?? p?.start ?? 0 };
  const text = own?.text ?? quote.exact;
  const fromBodies = own ? null : speakerFromBodies(a, quote.exact);
  const speaker = own ? own.speaker : fromBodies!.speaker;
  const ownId = a.id?.startsWith('urn:onrecord:') ? a.id.slice('urn:onrecord:'.length) : null;
  return {
    id: ownId ?? quoteId(text, speaker),
    text,
    personId: own?.personId ?? null,
    speaker,
    speakerTitle: own ? own.speakerTitle : fromBodies!.speakerTitle,
    sourceUrl: main.source,
    sourceUrls: [...new Set([main.source, ...targets.map((t) => t.source)])],
    paragraph: own?.paragraph ?? `${quote.prefix}${quote.exact}${quote.suffix}`,
    headline: own?.headline ?? '',
    selectors: [quote, position],
    ...NO_KEYS,
    savedAt: a.created ?? now,
    published: own?.published ?? null,
  };
}

/** A Web Annotation file (collection, page, list or one annotation) as a library export, not yet checked. */
export function libraryFromAnnotations(input: unknown, now: string): Result<Converted> {
  const top = v.safeParse(file, input);
  if (!top.success) return err('Not a Web Annotation file: expected an AnnotationCollection, an AnnotationPage or a list of annotations');
  const f = top.output as Record<string, unknown>;
  const items: unknown[] = Array.isArray(f)
    ? f
    : f.type === 'Annotation'
      ? [f]
      : f.type === 'AnnotationPage'
        ? (f.items as unknown[])
        : ((f.first as { items?: unknown[] } | undefined)?.items ?? []);
  const quotes: QuoteRecord[] = [];
  let skipped = 0;
  for (let i = 0; i < items.length; i++) {
    const a = v.safeParse(annotation, items[i]);
    if (!a.success) return err(`Not a valid Web Annotation file: items[${i}].${pathOf(a.issues[0]!)}: ${cutValue(a.issues[0]!.message, 120)}`);
    const q = quoteOf(a.output, now);
    if (q) quotes.push(q);
    else skipped++;
  }
  const people = (Array.isArray(f) ? [] : (f['onrecord:people'] as LibraryExport['people'] | undefined)) ?? [];
  const sources = (Array.isArray(f) ? [] : (f['onrecord:sources'] as LibraryExport['sources'] | undefined)) ?? [];
  return ok({ data: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, quotes, people, sources }, skipped });
}
