/**
 * `node --import tsx scripts/core-output.ts write|check FILE [DIR]`: the engine's analysis of every article in DIR
 * (PolNeAR train's text/, or any folder of .txt articles; default the own corpus), written to FILE or compared
 * with it byte for byte. A speed change to the core must leave every analysis identical: write before the
 * change, check after it. FILE holds the data's analyses: keep it outside the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeArticle } from '../src/core/index';
import { loadOwnSet, loadSeeds } from '../tests/support/corpus';
import { readTextArticles } from './bench/real-text';

const [mode, file, dir] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: core-output.ts write|check FILE [DIR]');
  process.exit(2);
}
const articles = readTextArticles(dir)?.articles ?? [...loadSeeds(), ...loadOwnSet()].map((a) => a.input);
const lines = articles.map((a) => JSON.stringify(analyzeArticle(a)));
if (mode === 'write') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} analyses to ${file}`);
} else {
  const want = readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const differ = lines.flatMap((l, i) => (l === want[i] ? [] : [i]));
  if (want.length !== lines.length) console.log(`article count differs: ${want.length} written, ${lines.length} now`);
  console.log(
    differ.length === 0 && want.length === lines.length
      ? `all ${lines.length} analyses identical`
      : `${differ.length} of ${lines.length} analyses differ (first at article ${differ[0]})`,
  );
  if (differ.length > 0 || want.length !== lines.length) process.exitCode = 1;
}
