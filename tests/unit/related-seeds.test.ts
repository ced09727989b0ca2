/** The running example both ways: the pairs of ../shared/seeds/expected.json rank in the top 3. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadArticle } from '../../src/cli/articles';
import { buildLibrary } from '../../src/cli/build-library';
import { normaliseQuoteText, rankRelated, statsOf } from '../../src/core/index';
import { SEEDS_DIR } from '../support/corpus';

interface SeedsExpected {
  articles: Record<string, { quotes: Array<{ id: string; text: string }> }>;
  related: Array<{ from: string; to: string[] }>;
}
const expected = JSON.parse(readFileSync(join(SEEDS_DIR, 'expected.json'), 'utf8')) as SeedsExpected;
const fileOf = (id: string) => Object.keys(expected.articles).find((f) => f.startsWith(id.split('-')[0]!))!;
const textOf = (id: string) => expected.articles[fileOf(id)]!.quotes.find((q) => q.id === id)!.text;

describe.each(expected.related.map((r) => [r.from, r] as const))('related from %s', (_from, pair) => {
  test('one of the expected earlier statements ranks in the top 3', async () => {
    const queryArticle = await loadArticle(join(SEEDS_DIR, fileOf(pair.from)));
    const savedArticle = await loadArticle(join(SEEDS_DIR, fileOf(pair.to[0]!)));
    const library = buildLibrary([savedArticle]);
    const wanted = normaliseQuoteText(textOf(pair.from));
    const hit = queryArticle.analysis.quotes.find((q) => normaliseQuoteText(q.text) === wanted)!;
    expect(hit).toBeDefined();
    const query = {
      text: hit.text,
      paragraph: queryArticle.input.paragraphs[hit.paragraph]!,
      headline: queryArticle.source.title,
      speaker: hit.speaker,
      sourceUrl: queryArticle.source.url,
    };
    const top = rankRelated(query, library.quotes, statsOf(library.quotes), 3);
    const targets = pair.to.map((id) => normaliseQuoteText(textOf(id)));
    expect(top.map((r) => r.candidate.text).some((t) => targets.includes(normaliseQuoteText(t)))).toBe(true);
    expect(top.every((r) => r.reasons.length > 0)).toBe(true);
  });
});
