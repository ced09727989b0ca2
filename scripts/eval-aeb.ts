/**
 * `npm run eval -- --aeb DIR` (or AEB_DIR=DIR): OnRecord's article extraction on a local copy of the
 * article-extraction benchmark, scored as its evaluate.py scores, beside the published extractors' outputs.
 * The benchmark's pages and text stay in DIR: nothing of it is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml, readHtml } from '../src/cli/extract-files';
import { accuracy, bootstrapStd, scoresOf, shingleMatching, type TpFpFn } from './aeb/shingles';

type Bodies = Record<string, { articleBody?: string; url?: string }>;
const PUBLISHED = ['readability_js', 'trafilatura', 'rs_trafilatura'];

function loadJson(path: string): Bodies {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Bodies | { version: string; output: Bodies };
  return 'output' in data && typeof data.output === 'object' && 'version' in data ? (data.output as Bodies) : (data as Bodies);
}

interface Scored {
  name: string;
  pages: TpFpFn[];
  accuracy: number;
}

function score(name: string, truth: Bodies, pred: Bodies): Scored {
  const keys = Object.keys(truth);
  if (keys.length !== Object.keys(pred).length || keys.some((k) => !(k in pred))) throw new Error(`${name}: prediction keys do not match ground truth`);
  const pages = keys.map((k) => shingleMatching(truth[k]!.articleBody ?? '', pred[k]!.articleBody ?? ''));
  const acc = keys.reduce((a, k) => a + accuracy(truth[k]!.articleBody ?? '', pred[k]!.articleBody ?? ''), 0) / keys.length;
  return { name, pages, accuracy: acc };
}

function row({ name, pages, accuracy: acc }: Scored): string {
  const s = scoresOf(pages);
  const sd = bootstrapStd(pages);
  const f = (x: number, d: number) => `${x.toFixed(3)} ± ${d.toFixed(3)}`;
  const none = pages.filter(([tp, , fn]) => tp === 0 && fn > 0).length;
  return `| ${name} | ${f(s.f1, sd.f1)} | ${f(s.precision, sd.precision)} | ${f(s.recall, sd.recall)} | ${acc.toFixed(3)} | ${none} |`;
}

/** A root as a short selector-like label, for the worst-pages list. */
function label(el: Element | null): string {
  if (!el) return '(none)';
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls.map((c) => `.${c}`).join('')}`;
}

export async function evalAeb(dir: string, verbose: boolean): Promise<void> {
  if (!existsSync(join(dir, 'ground-truth.json'))) throw new Error(`${dir}: no ground-truth.json (a copy of the article-extraction benchmark?)`);
  const truth = loadJson(join(dir, 'ground-truth.json'));
  const pred: Bodies = {};
  const roots = new Map<string, string>();
  const started = performance.now();
  for (const key of Object.keys(truth)) {
    try {
      const page = extractHtml(await readHtml(join(dir, 'html', `${key}.html.gz`)));
      pred[key] = { articleBody: page.paragraphs.join('\n') };
      roots.set(key, `${label(page.root)}${page.lenient ? ' (lenient read)' : ''}`);
    } catch (e) {
      pred[key] = { articleBody: '' };
      roots.set(key, `error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const ms = performance.now() - started;
  const own = score('OnRecord', truth, pred);
  console.log(`article-extraction benchmark: ${Object.keys(truth).length} pages, OnRecord extraction ${(ms / 1000).toFixed(1)} s\n`);
  console.log('| extractor | F1 | precision | recall | accuracy | pages with no overlap |');
  console.log('|---|---|---|---|---|---|');
  console.log(row(own));
  for (const name of PUBLISHED) {
    const path = join(dir, 'output', `${name}.json`);
    if (existsSync(path)) console.log(row(score(name, truth, loadJson(path))));
  }
  // AEB_DUMP=FILE keeps each page's [tp, fp, fn] and root, to compare two versions of the extractor page by page.
  if (process.env.AEB_DUMP)
    (await import('node:fs')).writeFileSync(process.env.AEB_DUMP, JSON.stringify(Object.keys(truth).map((k, i) => [k, own.pages[i], roots.get(k)])));
  if (!verbose) return;
  const keys = Object.keys(truth);
  // A page's own F1 (the benchmark only averages over pages): 0 where nothing overlaps.
  const pageF1 = ([tp, fp, fn]: TpFpFn) => (tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0);
  const worst = keys
    .map((k, i) => ({ k, m: own.pages[i]! }))
    .sort((a, b) => pageF1(a.m) - pageF1(b.m))
    .slice(0, 30);
  console.log('\nworst pages (F1, precision, recall, chosen root, url):');
  for (const { k, m } of worst) {
    const [tp, fp, fn] = m;
    const p = tp + fp > 0 ? (tp / (tp + fp)).toFixed(2) : '-';
    const r = tp + fn > 0 ? (tp / (tp + fn)).toFixed(2) : '-';
    console.log(`  ${pageF1(m).toFixed(2)} p=${p} r=${r} ${roots.get(k)} ${k.slice(0, 12)} ${truth[k]!.url ?? ''}`);
  }
}
