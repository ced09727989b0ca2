/**
 * Child process of the core bench: the engine's first pass in a fresh process, as a service worker's first page
 * after MV3 stopped it. Prints JSON: the bundle's import time and the first pass over every article.
 * `node --import tsx scripts/bench/core-cold.ts BUNDLE [DIR]` (no DIR: the own corpus).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadOwnSet, loadSeeds } from '../../tests/support/corpus';
import { readTextArticles } from './real-text';

const [bundle, dir] = process.argv.slice(2);
const articles = readTextArticles(dir)?.articles ?? [...loadSeeds(), ...loadOwnSet()].map((a) => a.input);
const t0 = performance.now();
const core = (await import(pathToFileURL(bundle!).href)) as typeof import('../../src/core/index');
const t1 = performance.now();
for (const a of articles) core.analyzeArticle(a);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, passMs: t2 - t1 }));
