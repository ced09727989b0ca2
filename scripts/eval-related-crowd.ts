/**
 * `npm run eval -- --related-crowd DIR`: related statements in a library of real size. DIR is a PolNeAR split
 * folder (text/*.txt); every article in it is saved with the CLI's own library code, plus one seed article,
 * and the other seed's quote is asked for, both ways round. Also: invented quotes on subjects absent from the
 * crowd (they should get no topic match), and a sample of crowd quotes whose top-1 is printed for judging by
 * hand. The data stays on disk; only counts belong in reports (`--show` prints the sample for the judge).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticle, type LoadedArticle } from '../src/cli/articles';
import { buildLibrary } from '../src/cli/build-library';
import {
  hashText,
  normaliseQuoteText,
  rankRelated,
  relatedIndex,
  type LibraryExport,
  type QuoteRecord,
  type RelatedQuery,
  type RelatedResult,
} from '../src/core/index';
import { SEEDS_DIR } from '../tests/support/corpus';
import { UNRELATED_QUOTES } from './related-unrelated';
import { JUDGED, judgementKey, type Judgement } from './related-judged';

interface SeedsExpected {
  articles: Record<string, { quotes: Array<{ id: string; text: string }> }>;
  related: Array<{ from: string; to: string[] }>;
}

export function crowdDir(argv: string[]): string | null {
  const at = argv.indexOf('--related-crowd');
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

/** PolNeAR files are named outlet_YYYY-MM-DD_slug: the date is the article's publication date. */
async function loadCrowd(dir: string): Promise<LoadedArticle[]> {
  const files = readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out: LoadedArticle[] = [];
  for (const f of files) {
    const a = await loadArticle(join(dir, 'text', f));
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
    out.push({ ...a, source: { ...a.source, published: date ? `${date}T12:00:00.000Z` : null } });
  }
  return out;
}

const queryOf = (article: LoadedArticle, q: LoadedArticle['analysis']['quotes'][number]): RelatedQuery => ({
  text: q.text,
  paragraph: article.input.paragraphs[q.paragraph] ?? '',
  headline: article.source.title,
  speaker: q.speaker,
  sourceUrl: article.source.url,
  published: article.source.published,
});

function rank(lib: LibraryExport, query: RelatedQuery, limit: number): Array<RelatedResult<QuoteRecord>> {
  const index = relatedIndex(lib.quotes);
  return rankRelated(query, index.candidatesFor(query), index.stats, limit, { features: index.features });
}

async function seedDirections(crowd: LoadedArticle[]): Promise<boolean[]> {
  const expected = (await import(join(SEEDS_DIR, 'expected.json'), { with: { type: 'json' } })).default as SeedsExpected;
  const fileOf = (id: string) => Object.keys(expected.articles).find((f) => f.startsWith(id.split('-')[0]!))!;
  const textOf = (id: string) => expected.articles[fileOf(id)]!.quotes.find((q) => q.id === id)!.text;
  const results: boolean[] = [];
  for (const pair of expected.related) {
    const queryArticle = await loadArticle(join(SEEDS_DIR, fileOf(pair.from)));
    const saved = await loadArticle(join(SEEDS_DIR, fileOf(pair.to[0]!)));
    const lib = buildLibrary([...crowd, saved]);
    const wanted = normaliseQuoteText(textOf(pair.from));
    const hit = queryArticle.analysis.quotes.find((q) => normaliseQuoteText(q.text) === wanted);
    if (!hit) throw new Error(`seed quote ${pair.from} was not found by the engine`);
    const top = rank(lib, queryOf(queryArticle, hit), 3);
    const targets = new Set(pair.to.map((id) => normaliseQuoteText(textOf(id))));
    const ok = top.some((r) => r.topic && targets.has(normaliseQuoteText(r.candidate.text)));
    console.log(`seed ${pair.from} -> one of ${pair.to.join(', ')} in the top 3: ${ok ? 'yes' : 'NO'} (library of ${lib.quotes.length} quotes)`);
    for (const [i, r] of top.entries())
      console.log(
        `   ${i + 1}. ${r.score.toFixed(2)} ${r.topic ? 'topic' : 'speaker'} [${r.candidate.speaker}] ${r.candidate.text.slice(0, 90)} | ${r.reasons.join('; ')}`,
      );
    results.push(ok);
  }
  return results;
}

/**
 * Every `step`-th attributed crowd quote of some substance, from `offset` on: deterministic and blind to the
 * ranking. Another offset is a fresh sample, for checking a rule made after judging the first.
 */
function sampleQuotes(crowd: LoadedArticle[], count: number, offset: number) {
  const all = crowd.flatMap((a) => a.analysis.quotes.filter((q) => q.speaker && q.text.split(/\s+/).length >= 8).map((q) => ({ a, q })));
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === offset % step).slice(0, count);
}

/** `--sample-offset N` picks another sample of the crowd (0 by default). */
export function sampleOffset(argv: string[]): number {
  const at = argv.indexOf('--sample-offset');
  return at >= 0 ? Number(argv[at + 1] ?? 0) || 0 : 0;
}

export async function runRelatedCrowd(dir: string, show: boolean, offset = 0): Promise<void> {
  const crowd = await loadCrowd(dir);
  const quotes = crowd.reduce((n, a) => n + a.analysis.quotes.length, 0);
  console.log(`\nRelated crowd check (${dir}): ${crowd.length} articles, ${quotes} quotes; sample offset ${offset}`);
  const seeds = await seedDirections(crowd);

  const lib = buildLibrary(crowd);
  const index = relatedIndex(lib.quotes);
  let matched = 0;
  for (const [i, q] of UNRELATED_QUOTES.entries()) {
    const query: RelatedQuery = { text: q.text, paragraph: q.paragraph, headline: q.headline, speaker: q.speaker, sourceUrl: `https://invented.example/${i}` };
    const top = rankRelated(query, index.candidatesFor(query), index.stats, 5, { features: index.features }).filter((r) => r.topic);
    if (top.length > 0) {
      matched++;
      if (show)
        console.log(
          `  UNRELATED MATCHED #${i} [${q.speaker}] ${q.text.slice(0, 60)} -> ${top[0]!.score.toFixed(2)} ${top[0]!.candidate.text.slice(0, 80)} | ${top[0]!.reasons.join('; ')}`,
        );
    }
  }

  const sample = sampleQuotes(crowd, 50, offset);
  let withResult = 0;
  let withTopic = 0;
  const judged: Record<'topic' | 'speaker', Judgement[]> = { topic: [], speaker: [] };
  let unjudged = 0;
  for (const [i, { a, q }] of sample.entries()) {
    const query = queryOf(a, q);
    const [top] = rankRelated(query, index.candidatesFor(query), index.stats, 1, { features: index.features });
    if (top) withResult++;
    if (top?.topic) withTopic++;
    const key = top ? judgementKey(hashText, query.text, top.candidate.text, top.topic) : null;
    const verdict = key ? JUDGED[key] : undefined;
    if (key && verdict) judged[top!.topic ? 'topic' : 'speaker'].push(verdict);
    else if (key) unjudged++;
    if (!show) continue;
    console.log(`\n#${i} [${q.speaker}] ${q.text.slice(0, 160)}\n   headline: ${a.source.title.slice(0, 100)}`);
    console.log(
      top
        ? `   -> ${top.score.toFixed(2)} ${top.topic ? 'topic' : 'speaker only'} [${top.candidate.speaker}] ${top.candidate.text.slice(0, 160)}\n      ${top.candidate.headline.slice(0, 100)} | ${top.reasons.join('; ')}\n      judged: ${verdict ?? `not yet (key ${key})`}`
        : '   -> (nothing)',
    );
  }
  const all = [...judged.topic, ...judged.speaker];
  const right = (xs: Judgement[]) => xs.filter((v) => v.startsWith('right')).length;

  console.log(`\n| check | result |\n|---|---|`);
  console.log(`| seed directions with an expected statement in the top 3 | ${seeds.filter(Boolean).length} of ${seeds.length} |`);
  console.log(`| invented unrelated quotes with any topic match | ${matched} of ${UNRELATED_QUOTES.length} |`);
  console.log(`| sampled crowd quotes with a top-1 result (judge them with --show) | ${withResult} of ${sample.length} |`);
  console.log(`| … of which the top-1 is topic-related, not only the same speaker | ${withTopic} of ${sample.length} |`);
  console.log(
    `| precision@1, judged by hand (scripts/related-judged.ts): top-1 results that are right | ${right(all)} of ${all.length} = ${all.length ? (right(all) / all.length).toFixed(2) : 'n/a'}${unjudged ? ` (${unjudged} not judged yet: run with --show)` : ''} |`,
  );
  console.log(
    `| … topic results right / same-speaker results right | ${right(judged.topic)} of ${judged.topic.length} / ${right(judged.speaker)} of ${judged.speaker.length} |`,
  );
}
