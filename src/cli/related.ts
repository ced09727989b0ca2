/** `cli related`: ranks a library's quotes against a quote from an article, or against given text. */
import { readFile } from 'node:fs/promises';
import { normaliseQuoteText, rankRelated, relatedIndex, type LibraryExport, type RelatedQuery } from '../core/index';
import { loadArticle } from './articles';

export interface RelatedArgs {
  library: string;
  article?: string;
  quote?: string;
  text?: string;
  speaker?: string;
  limit: number;
}

export async function readLibrary(file: string): Promise<LibraryExport> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message}`);
  }
  const lib = data as Partial<LibraryExport>;
  if (lib?.format !== 'onrecord-library' || !Array.isArray(lib.quotes) || !Array.isArray(lib.sources)) {
    throw new Error(`${file}: not an OnRecord library export (expected "format": "onrecord-library" with quotes and sources)`);
  }
  return lib as LibraryExport;
}

async function queryFrom(args: RelatedArgs): Promise<RelatedQuery> {
  if (args.text !== undefined) return { text: args.text, paragraph: args.text, headline: '', speaker: args.speaker ?? null };
  const article = await loadArticle(args.article!);
  const wanted = normaliseQuoteText(args.quote!);
  const hit = article.analysis.quotes.find((q) => normaliseQuoteText(q.text).includes(wanted));
  if (!hit) throw new Error(`${args.article}: no quote contains "${args.quote}" (found ${article.analysis.quotes.length} quotes)`);
  return {
    text: hit.text,
    paragraph: article.input.paragraphs[hit.paragraph] ?? '',
    headline: article.source.title,
    speaker: hit.speaker,
    sourceUrl: article.source.url,
    published: article.source.published,
  };
}

export async function runRelated(args: RelatedArgs) {
  const library = await readLibrary(args.library);
  const query = await queryFrom(args);
  const sources = new Map(library.sources.map((s) => [s.url, s]));
  const index = relatedIndex(library.quotes);
  const ranked = rankRelated(query, index.candidatesFor(query), index.stats, args.limit, { features: index.features });
  return ranked.map((r) => {
    const s = sources.get(r.candidate.sourceUrl);
    return {
      text: r.candidate.text,
      speaker: r.candidate.speaker,
      source: { url: r.candidate.sourceUrl, title: s?.title ?? '', outlet: s?.outlet ?? '', published: s?.published ?? null },
      score: r.score,
      topic: r.topic,
      when: r.when,
      reasons: r.reasons,
    };
  });
}
