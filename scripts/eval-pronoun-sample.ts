/**
 * `npm run eval -- --polnear DIR --pronoun-sample [N]`: PolNeAR gives a pronoun as the source ("he said"), not
 * whom it means, so these quotes are checked by hand. Prints N (default 100) gold quotes with a pronoun source
 * that the engine found, chosen deterministically (ordered by a hash of article and offset, blind to what the
 * engine answered), each with its sentence context, the gold pronoun and the predicted speaker. The text is
 * printed to the terminal only; it is never written into the repository.
 */
import { analyzeArticle, hashText } from '../src/core/index';
import { loadPolnear } from '../tests/support/polnear';
import { scorePolnear } from '../tests/support/polnear-score';

export interface PronounItem {
  key: string;
  file: string;
  paragraph: number;
  context: string;
  quote: string;
  pronoun: string;
  predicted: string | null;
  kind: string;
}

/** The sample: every found pronoun-source quote, ordered by a hash of where it is, first n taken. */
export function samplePronounQuotes(dir: string, n: number): PronounItem[] {
  const items: PronounItem[] = [];
  for (const a of loadPolnear(dir)) {
    const analysis = analyzeArticle(a.input);
    for (const j of scorePolnear(analysis, a.gold).judged) {
      if (j.gold.sourceKind !== 'pronoun' || !j.quote) continue;
      const paras = a.input.paragraphs;
      const g = j.gold;
      items.push({
        key: hashText(`${a.file}:${g.paragraph}:${g.start}`),
        file: a.file,
        paragraph: g.paragraph,
        // The paragraph before, for antecedents across the break, and this one up to the quote's sentence end.
        context: `${g.paragraph > 0 ? `[prev] ${paras[g.paragraph - 1]!.slice(-400)}\n` : ''}[para] ${paras[g.paragraph]!.slice(Math.max(0, g.start - 700), g.end + 200)}`,
        quote: paras[g.paragraph]!.slice(g.start, g.end),
        pronoun: g.source ?? '',
        predicted: j.quote.speaker,
        kind: j.quote.attribution,
      });
    }
  }
  return items.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).slice(0, n);
}

export function printPronounSample(dir: string, n: number): void {
  samplePronounQuotes(dir, n).forEach((it, i) => {
    console.log(`\n#${i + 1} ${it.file} p${it.paragraph}  gold: ${it.pronoun}  predicted: ${it.predicted ?? 'null (abstained)'} (${it.kind})`);
    console.log(`QUOTE: ${it.quote.slice(0, 160)}`);
    console.log(it.context);
  });
}
