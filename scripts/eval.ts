/** `npm run eval`: quote precision, recall and speaker accuracy on the annotated set, overall and per case. */
import { analyzeArticle } from '../src/core/index';
import { addTally, metrics, scoreArticle, type Tally } from '../tests/support/evaluate';
import { loadOwnSet, loadSeeds, type Annotated } from '../tests/support/corpus';
import { polnearDir, runPolnear } from './eval-polnear';
import { printPronounSample } from './eval-pronoun-sample';
import { evalAeb } from './eval-aeb';
import { crowdDir, runRelatedCrowd, sampleOffset } from './eval-related-crowd';

const verbose = process.argv.includes('--verbose');

function evaluate(label: string, set: Annotated[]) {
  const total: Tally = { found: 0, required: 0, predicted: 0, correctPredicted: 0, speakerRight: 0 };
  const byCase = new Map<string, Tally>();
  let officials = 0;
  let officialsMissed = 0;
  let titlesWrong = 0;
  let othersAsOfficials = 0;
  for (const a of set) {
    const s = scoreArticle(a.file, analyzeArticle(a.input), a.expected);
    addTally(total, s.tally);
    for (const [c, t] of s.byCase)
      addTally(byCase.get(c) ?? (byCase.set(c, { ...t, found: 0, required: 0, predicted: 0, correctPredicted: 0, speakerRight: 0 }), byCase.get(c)!), t);
    officials += a.expected.officials.length;
    officialsMissed += s.officialsMissed.length;
    titlesWrong += s.titlesWrong.length;
    othersAsOfficials += s.othersAsOfficials.length;
    if (verbose) {
      for (const m of s.missed) console.log(`  MISSED  ${a.file} p${m.paragraph ?? '?'} [${m.speaker}] ${m.text.slice(0, 80)}`);
      for (const x of s.extra) console.log(`  EXTRA   ${a.file} [${x.speaker}] ${x.text.slice(0, 80)}`);
      for (const w of s.wrongSpeaker)
        console.log(`  SPEAKER ${a.file} p${w.expected.paragraph ?? '?'} expected ${w.expected.speaker}, got ${w.got}: ${w.expected.text.slice(0, 60)}`);
      for (const o of s.officialsMissed) console.log(`  OFFICIAL MISSED ${a.file} ${o}`);
      for (const o of s.titlesWrong) console.log(`  TITLE   ${a.file} ${o.name}: expected ${o.expected}, got ${o.got}`);
      for (const o of s.othersAsOfficials) console.log(`  NOT AN OFFICIAL ${a.file} ${o}`);
    }
  }
  const m = metrics(total);
  const f = (x: number) => x.toFixed(3);
  console.log(`\n${label}: ${set.length} articles, ${total.required} required quotes, ${total.predicted} predicted`);
  console.log(`| set | quote precision | quote recall | speaker accuracy |`);
  console.log(`|---|---|---|---|`);
  console.log(`| overall | ${f(m.precision)} | ${f(m.recall)} | ${f(m.speaker)} |`);
  console.log(`officials found ${officials - officialsMissed}/${officials}, titles wrong ${titlesWrong}, non-officials labelled official ${othersAsOfficials}`);
  console.log(`\n| case | quotes | recall | speaker accuracy | article precision |`);
  console.log(`|---|---|---|---|---|`);
  const cases = [...byCase.keys()].filter((c) => !c.startsWith('article:')).sort();
  for (const c of cases) {
    const t = byCase.get(c)!;
    const art = byCase.get(`article:${c}`);
    const cm = metrics(t);
    console.log(`| ${c} | ${t.required} | ${f(cm.recall)} | ${f(cm.speaker)} | ${art ? f(metrics(art).precision) : '–'} |`);
  }
  return m;
}

const crowd = crowdDir(process.argv);
const polnear = polnearDir(process.argv);
const aeb = process.argv.includes('--aeb') ? process.argv[process.argv.indexOf('--aeb') + 1] : process.env.AEB_DIR;
if (crowd) await runRelatedCrowd(crowd, process.argv.includes('--show'), sampleOffset(process.argv));
else if (polnear && process.argv.includes('--pronoun-sample'))
  printPronounSample(polnear, Number(process.argv[process.argv.indexOf('--pronoun-sample') + 1]) || 100);
else if (polnear) runPolnear(polnear, verbose);
else if (aeb) {
  await evalAeb(aeb, verbose);
} else {
  evaluate('Seeds (../shared/seeds)', loadSeeds());
  evaluate('Own annotated set (tests/fixtures/articles + pages)', loadOwnSet());
}
