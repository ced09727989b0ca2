/**
 * Reads PolNeAR (brat standoff: text/NAME.txt, attributions/NAME_ANNOTATOR.ann) into the engine's input and the
 * gold direct quotes: a span between quotation marks that lies inside an annotated Content. The data stays on
 * disk outside the repository; nothing here holds any of its text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTextArticle, type ArticleInput } from '../../src/core/index';
import { goldQuotes, type Attribution, type Fragment, type GoldQuote } from './polnear-gold';

export type { GoldQuote } from './polnear-gold';

export interface PolnearArticle {
  file: string;
  annotator: string;
  input: ArticleInput;
  gold: GoldQuote[];
}

/**
 * One annotator file per article: the one with the most attribution relations (the most complete reading),
 * ties broken by the annotator id in alphabetical order. Deterministic, and blind to what the engine finds.
 */
export function pickAnnotatorFiles(dir: string): Map<string, { annotator: string; ann: string }> {
  const best = new Map<string, { annotator: string; ann: string; relations: number }>();
  for (const file of readdirSync(join(dir, 'attributions')).sort()) {
    const m = /^(.*)_([0-9a-z]+)\.ann$/.exec(file);
    if (!m) continue;
    const ann = readFileSync(join(dir, 'attributions', file), 'utf8');
    const relations = ann.split('\n').filter((l) => /^E\d+\t/.test(l)).length;
    const seen = best.get(m[1]!);
    if (!seen || relations > seen.relations) best.set(m[1]!, { annotator: m[2]!, ann, relations });
  }
  return best;
}

export function loadPolnear(dir: string): PolnearArticle[] {
  const out: PolnearArticle[] = [];
  for (const [name, { annotator, ann }] of [...pickAnnotatorFiles(dir)].sort((a, b) => a[0].localeCompare(b[0]))) {
    const raw = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const input = parseTextArticle(raw);
    const layout = alignParagraphs(raw, input.paragraphs);
    out.push({ file: name, annotator, input, gold: goldQuotes(raw, input.paragraphs, layout, parseAnn(ann)) });
  }
  return out;
}

function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, Fragment[]>();
  const out: Attribution[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (t)
      spans.set(
        t[1]!,
        t[2]!.split(';').map((f) => ({ start: Number(f.split(' ')[0]), end: Number(f.split(' ')[1]) })),
      );
  }
  for (const line of ann.split('\n')) {
    if (!/^E\d+\t/.test(line)) continue;
    const a: Attribution = { content: [], source: [], cue: [] };
    for (const role of line.split('\t')[1]!.trim().split(' ')) {
      const [r, id] = role.split(':');
      const frags = spans.get(id ?? '') ?? [];
      if (/^Content/.test(r!)) a.content.push(...joinAdjacent(frags));
      else if (/^Source/.test(r!)) a.source.push(...frags);
      else if (/^Cue/.test(r!)) a.cue.push(...frags);
    }
    if (a.content.length > 0) out.push(a);
  }
  return out;
}

/** Fragments of one span split only by a space or a line break are one stretch of text. */
function joinAdjacent(frags: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of [...frags].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && f.start - last.end <= 2) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

/** Raw-file offset of every paragraph character (the reader trims and folds newlines into spaces). */
function alignParagraphs(raw: string, paragraphs: string[]): Int32Array[] {
  let c = 0;
  return paragraphs.map((p) => {
    const map = new Int32Array(p.length + 1);
    while (c < raw.length && raw[c] !== p[0]) c++;
    for (let i = 0; i < p.length; i++) {
      if (p[i] === raw[c]) map[i] = c++;
      else if (p[i] === ' ') {
        map[i] = c;
        while (c < raw.length && /\s/.test(raw[c]!)) c++;
      } else map[i] = c;
    }
    map[p.length] = c;
    return map;
  });
}
