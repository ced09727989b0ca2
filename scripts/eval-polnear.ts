/**
 * `npm run eval -- --polnear DIR` (or POLNEAR_DIR=DIR): the engine on PolNeAR, a corpus of real political news
 * annotated for attribution. DIR is a split folder holding text/ and attributions/; the data is never committed.
 */
import { writeFileSync } from 'node:fs';
import { analyzeArticle } from '../src/core/index';
import { loadPolnear } from '../tests/support/polnear';
import { addJudged, channelCredited, emptyRow, scorePolnear, type Judged, type Row } from '../tests/support/polnear-score';

export function polnearDir(argv: string[]): string | null {
  const at = argv.indexOf('--polnear');
  if (at >= 0) return argv[at + 1] ?? null;
  return process.env.POLNEAR_DIR || null;
}

const f = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const bump = (rows: Map<string, Row>, key: string, j: Judged) => addJudged(rows.get(key) ?? (rows.set(key, emptyRow()), rows.get(key)!), j);

export function runPolnear(dir: string, verbose: boolean): void {
  const articles = loadPolnear(dir);
  const total = emptyRow();
  const names = emptyRow();
  const rows = new Map<string, Row>();
  let predicted = 0;
  let extra = 0;
  let channel = 0;
  // `--dump FILE`: one line per gold quote (construct, kind, confidence, verdict; no text), to calibrate weights.
  const dump: string[] = [];
  for (const a of articles) {
    const analysis = analyzeArticle(a.input);
    const r = scorePolnear(analysis, a.gold);
    predicted += r.predicted;
    extra += r.extra.length;
    for (const j of r.judged) {
      addJudged(total, j);
      if (j.gold.sourceKind === 'name') addJudged(names, j);
      if (j.verdict === 'unchecked' && j.quote && channelCredited(j.gold, j.quote)) channel++;
      bump(rows, `source: ${j.gold.sourceKind}`, j);
      bump(rows, `position: ${j.gold.position}`, j);
      bump(rows, `cue: ${j.gold.cue}`, j);
      if (j.quote) bump(rows, `engine: ${j.quote.attribution}`, j);
      if (j.quote)
        dump.push(
          JSON.stringify({
            source: j.gold.sourceKind,
            position: j.gold.position,
            kind: j.quote.attribution,
            confidence: j.quote.confidence,
            evidence: j.quote.evidence,
            verdict: j.verdict,
          }),
        );
      if (verbose) printMiss(a.file, a.input.paragraphs, j);
    }
    if (verbose) for (const q of r.extra) console.log(`  EXTRA   ${a.file} p${q.paragraph} [${q.speaker}] ${q.text.slice(0, 80)}`);
  }
  const dumpAt = process.argv.indexOf('--dump');
  if (dumpAt >= 0) writeFileSync(process.argv[dumpAt + 1]!, `${dump.join('\n')}\n`);
  const precision = ratio(predicted - extra, predicted);
  const recall = ratio(total.found, total.gold);
  const attributed = total.right + total.wrong;
  console.log(`\nPolNeAR (${dir}): ${articles.length} articles, ${total.gold} gold direct quotes, ${predicted} predicted`);
  console.log(`(one annotator file per article: the one with the most attribution relations, ties to the first annotator id)`);
  console.log(`| metric | value |\n|---|---|`);
  console.log(`| quote precision | ${f(precision)} |\n| quote recall | ${f(recall)} |\n| quote F1 | ${f(ratio(2 * precision * recall, precision + recall))} |`);
  console.log(`| named-speaker accuracy | ${f(ratio(names.right, names.found))} (${names.right}/${names.found}) |`);
  console.log(`| wrong names (of attributed, checkable sources) | ${f(ratio(total.wrong, attributed))} (${total.wrong}/${attributed}) |`);
  console.log(`| abstentions (unknown, checkable sources) | ${f(ratio(total.unknown, attributed + total.unknown))} (${total.unknown}) |`);
  console.log(`| not checked: the gold credits an outlet, the sentence names who spoke | ${channel} |`);
  const pron = rows.get('source: pronoun') ?? emptyRow();
  console.log(`| pronoun sources: attributed / unknown | ${pron.unchecked} / ${pron.unknown} of ${pron.found} found |`);
  console.log(`\n| construct | gold | recall | right | wrong | unknown | accuracy | wrong of attributed |\n|---|---|---|---|---|---|---|---|`);
  for (const key of [...rows.keys()].sort()) {
    const r = rows.get(key)!;
    const checked = r.right + r.wrong + r.unknown;
    console.log(
      `| ${key} | ${r.gold} | ${f(ratio(r.found, r.gold))} | ${r.right} | ${r.wrong} | ${r.unknown} | ${checked ? f(ratio(r.right, checked)) : '–'} | ${r.right + r.wrong ? f(ratio(r.wrong, r.right + r.wrong)) : '–'} |`,
    );
  }
}

function printMiss(file: string, paragraphs: string[], j: Judged): void {
  const { gold: g, quote: q } = j;
  const text = paragraphs[g.paragraph]!.slice(g.start, g.end).slice(0, 80);
  const where = `${file} p${g.paragraph} ${g.sourceKind}/${g.position}/${g.cue} <${g.cueText}>`;
  if (j.verdict === 'missed') console.log(`  MISSED  ${where} [${g.source}] ${text}`);
  else if (j.verdict === 'wrong') console.log(`  WRONG   ${where} expected ${g.source}, got ${q!.speaker} (${q!.attribution}): ${text}`);
  else if (j.verdict === 'unchecked' && g.sourceKind !== 'pronoun' && g.sourceKind !== 'none')
    console.log(`  UNCHECK ${where} gold ${g.source}, got ${q!.speaker} (${q!.attribution}): ${text}`);
  else if (j.verdict === 'unknown' && g.sourceKind !== 'none') console.log(`  UNKNOWN ${where} expected ${g.source} (${q!.attribution}): ${text}`);
}
