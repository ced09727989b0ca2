/** Core engine speed: words per second on real-style articles, against compromise, and the adversarial case. */
import nlp from 'compromise';
import { performance } from 'node:perf_hooks';
import { adversarialParagraph } from '../../src/core/testing';
import { buildCoreBundle } from './build-core';
import { loadOwnSet, loadSeeds } from '../../tests/support/corpus';
import { timeMedian } from './stats';
import { benchRealText } from './core-real';
import { countWords, polnearArg } from './real-text';

export async function benchCore(): Promise<Record<string, number>> {
  const bundle = await buildCoreBundle();
  // The generator comes from core's testing entry; only the engine under test comes from the bundle.
  const { analyzeArticle } = (await import(bundle)) as typeof import('../../src/core');
  const articles = [...loadSeeds(), ...loadOwnSet()].map((a) => a.input);
  // Given real text, that is the bench (and the adversarial bound still holds); the repeated own corpus is the
  // fallback's, where it is printed beside the own corpus read once.
  if (polnearArg(process.argv)) {
    const hostileMs = timeMedian(() => analyzeArticle({ paragraphs: [adversarialParagraph(1_048_576)] }), 5);
    console.log(`\nadversarial 1 MB paragraph: median ${hostileMs.toFixed(0)} ms (target <= 200 ms)`);
    return { hostileMs, ...(await benchRealText(bundle, analyzeArticle, articles)) };
  }
  // Repeat the corpus until it holds at least 1 MB of text.
  const corpus: typeof articles = [];
  let bytes = 0;
  while (bytes < 1_048_576) {
    for (const a of articles) {
      corpus.push(a);
      bytes += Buffer.byteLength(a.paragraphs.join('\n\n'));
    }
  }
  const text = corpus.map((a) => a.paragraphs.join('\n\n')).join('\n\n');
  const words = countWords(text);

  const runCore = () => corpus.forEach((a) => analyzeArticle(a));
  const runCompromise = (articles: typeof corpus) => {
    for (const a of articles) {
      const doc = nlp(a.paragraphs.join('\n\n'));
      doc.people().out('array');
      doc.quotations().out('array');
    }
  };
  // The first pass of a fresh process runs mostly unoptimised code; it is printed, but the comparison is of
  // both engines warmed up, since a page is read by a background worker that has read pages before.
  const firstMs = timeMedian(runCore, 1);
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) runCore();
  const coreMs = timeMedian(runCore, 15);
  runCompromise(corpus.slice(0, 60));
  const compromiseMs = timeMedian(() => runCompromise(corpus), 3);
  const hostile = adversarialParagraph(1_048_576);
  const hostileMs = timeMedian(() => analyzeArticle({ paragraphs: [hostile] }), 5);

  const coreWps = words / (coreMs / 1000);
  const compromiseWps = words / (compromiseMs / 1000);
  console.log(
    `\n## Core engine (${(bytes / 1048576).toFixed(2)} MB, ${corpus.length} articles, ${words.toLocaleString('en')} words; medians after warm-up: 15 runs of the core, 3 of compromise)`,
  );
  console.log(`| engine | median time | words/s |`);
  console.log(`|---|---|---|`);
  console.log(`| OnRecord core | ${coreMs.toFixed(0)} ms | ${Math.round(coreWps).toLocaleString('en')} |`);
  console.log(`| OnRecord core, first pass of a fresh process | ${firstMs.toFixed(0)} ms | ${Math.round(words / (firstMs / 1000)).toLocaleString('en')} |`);
  console.log(`| compromise .people() + .quotations() | ${compromiseMs.toFixed(0)} ms | ${Math.round(compromiseWps).toLocaleString('en')} |`);
  console.log(`ratio: OnRecord is ${(coreWps / compromiseWps).toFixed(0)}x compromise`);
  console.log(`adversarial 1 MB paragraph: median ${hostileMs.toFixed(0)} ms (target <= 200 ms)`);
  const real = await benchRealText(bundle, analyzeArticle, articles);
  return { coreWps, compromiseWps, ratio: coreWps / compromiseWps, hostileMs, ...real };
}
