/** Renders a seed article (../shared/seeds/*.txt) as a simple news page, built in the test, never stored. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headlineOf, parseTextArticle } from '../../../src/core/index';
import { SEEDS_DIR } from '../../support/corpus';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function seedPage(file: string, opts: { outlet: string; published: string }): string {
  const { paragraphs } = parseTextArticle(readFileSync(join(SEEDS_DIR, file), 'utf8'));
  const headline = headlineOf(paragraphs);
  const body = paragraphs
    .filter((p) => p !== headline)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title>
<meta property="og:site_name" content="${escapeHtml(opts.outlet)}"><meta property="article:published_time" content="${opts.published}">
<style>body{font:18px/1.6 Georgia,serif;max-width:680px;margin:40px auto;color:#222}h1{font-size:32px;line-height:1.2}</style></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escapeHtml(headline)}</h1>
${body}</article></main><footer>Test page built from a seed article</footer></body></html>`;
}

export const SEED_000 = '000_043f2efe8aa7ef4f.txt';
export const SEED_003 = '003_4de56059baa7d6b9.txt';
