/**
 * Property-based tests of the DOM-free engine `analyzeArticle` (fast-check).
 *
 * Generated cases per run: 3,000 + 2,500 + 2,500 + 300 + 1,200 = 9,500 (the RUNS_* constants below).
 *
 * Inputs mix arbitrary unicode (lone surrogates included) with news-like fragments: every quote mark,
 * apostrophes inside words, capitalised name runs, titles, honorifics, speech verbs, punctuation and
 * whitespace (\n, \u00a0, ...), plus whole attributed sentences so that people, titles and speakers are found.
 *
 * An exception inside the engine is a bug: `tryAnalyzeArticle` returns it as an error and `analyzeArticle` throws
 * it, so "never throws" fails these tests. The engine's first and last passes are also wrapped below (vi.mock)
 * to check that nothing between them loses people or quotes.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { analyzeArticle, tryAnalyzeArticle, type Analysis, type ArticleInput, type Mention, type PersonResult } from '../../src/core/index';

// Thousands of cases: on a loaded 2-core machine they take minutes. The limit guards against a hang, not a slowdown.
vi.setConfig({ testTimeout: 600_000 });

const RUNS_NEWS = 3_000; // news-like articles, every structural invariant
const RUNS_UNICODE = 2_500; // arbitrary unicode (code units, lone surrogates) with a few news fragments
const RUNS_MARKS = 2_500; // paragraphs dense in quote marks and apostrophes
const RUNS_LONG = 300; // up to 30 paragraphs of up to 2,000 characters
const RUNS_DETERMINISM = 1_200; // the same input twice gives deep-equal output

/** FC_SEED replays a run that fast-check reported; FC_RUNS_SCALE multiplies every RUNS_* for a longer soak. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const SCALE = process.env.FC_RUNS_SCALE ? Number(process.env.FC_RUNS_SCALE) : 1;
const params = <T>(runs: number): fc.Parameters<T> => {
  const numRuns = Math.max(1, Math.round(runs * SCALE));
  return SEED === undefined ? { numRuns } : { numRuns, seed: SEED };
};

// --- Probe: did the engine run to the end, or did its try/catch swallow an exception? ---

const probe = vi.hoisted(() => ({
  registry: null as { people: unknown[] } | null,
  attributed: -1,
  /** Makes the wrapped attributeQuotes throw once, to show that the probe notices a swallowed exception. */
  failAttribution: false,
}));

vi.mock('../../src/core/people', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/core/people')>();
  return {
    ...mod,
    introducePeople: (...args: Parameters<typeof mod.introducePeople>) => {
      const result = mod.introducePeople(...args);
      probe.registry = result.registry;
      return result;
    },
  };
});

vi.mock('../../src/core/attribution', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/core/attribution')>();
  return {
    ...mod,
    attributeQuotes: (...args: Parameters<typeof mod.attributeQuotes>) => {
      if (probe.failAttribution) {
        probe.failAttribution = false;
        throw new Error('injected by the test');
      }
      const result = mod.attributeQuotes(...args);
      probe.attributed = result.length;
      return result;
    },
  };
});

function resetProbe(): void {
  probe.registry = null;
  probe.attributed = -1;
  probe.failAttribution = false;
}

/** Runs the engine; fails if it throws or if it swallowed an internal exception. */
function analyze(input: ArticleInput): Analysis {
  probe.registry = null;
  probe.attributed = -1;
  let a: Analysis | undefined;
  expect(() => (a = analyzeArticle(input))).not.toThrow();
  const out = a!;
  // The output is a map of what the passes produced; anything less means the try/catch swallowed an exception.
  ensure(probe.registry !== null && probe.attributed >= 0, () => 'a pass did not return: an internal exception was swallowed');
  ensure(out.quotes.length === probe.attributed, () => 'quotes lost after attribution: an internal exception was swallowed');
  ensure(out.officials.length + out.people.length === probe.registry!.people.length, () => 'people lost: an internal exception was swallowed');
  return out;
}

/** Fails with the message, built only on failure (an article has hundreds of mentions to check). */
function ensure(ok: boolean, message: () => string): void {
  if (!ok) expect.fail(message());
}

// --- Generators ---

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚'];
const APOSTROPHE_WORDS = [
  "don't",
  'don’t',
  "Russia's",
  'Russia’s',
  "'90s",
  '’90s',
  "O'Rourke",
  'O’Rourke',
  "Joneses'",
  "rock 'n' roll",
  '’tis',
  "'em",
  'Paris’',
  '5\'9"',
  'the ’80s',
  'can’t',
  "ma'am",
];
const NAMES = [
  'Sergey Lavrov',
  'Ann Lee',
  'Jen Psaki',
  'Olaf Scholz',
  'Mark Warner',
  'Ines Varga',
  'Theresa May',
  'Ursula von der Leyen',
  'Joe Biden',
  'Vladimir Putin',
  'Mary-Jane O’Neil',
  'Tom Baird',
  'Lavrov',
  'Psaki',
  'Putin',
  'Biden',
  'Warner',
  'Lee',
  'Alpha Beta Gamma Delta',
  'José Álvarez',
  'Zoë Ng',
];
const HONORIFICS = ['Sen.', 'Mr.', 'Ms.', 'Dr.', 'Gov.', 'Mrs', 'Rep.', 'Gen.', 'Mr', 'Lt. Gov.', 'Prof.'];
const TITLES = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'press secretary',
  'White House Press Secretary',
  'Secretary of State',
  'German Chancellor',
  'Russian Foreign Minister',
  'the minister',
  'the chancellor',
  'the secretary',
  'a State Department spokesperson',
  'spokesperson',
  'Minister of Finance',
  'CNN journalist',
  'reporter',
  'Mayor',
  'former President',
  'Police Chief',
  'the president of the European Commission',
];
const VERBS = ['said', 'told', 'added', 'says', 'asked', 'replied', 'according to', 'told reporters', 'wrote', 'warned', 'said that'];
const WORDS = [
  'the',
  'we',
  'will',
  'not',
  'ready',
  'of',
  'in',
  'that',
  'he',
  'she',
  'they',
  'it',
  'a',
  'deal',
  'vote',
  'on',
  'Friday',
  'May',
  'Washington',
  'By',
  'WASHINGTON (AP) —',
  'The',
  'and',
  'is',
  'open',
  'door',
  'diplomacy',
  'peace',
  'so-called',
];
const PUNCT = [',', '.', ';', ':', '!', '?', '—', '–', '-', '(', ')', '…', '...', ',”', '.”', '?”', ',’', '."', ':', '[', ']'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\r\n', '\u2009', '\u3000', '', '\n\n'];
const ODD = ['\uD800', '\uDC00', '\uDBFF\uDFFF', '\uDFFF\uD800', '\u0000', '\uFFFD', '😀', 'e\u0301', 'مرحبا', '北京', '\u200B', '\u202E', 'İ', 'ß', '\u2028'];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const clause = fc.array(pick(WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const person = fc.oneof(
  pick(NAMES),
  fc.tuple(pick(HONORIFICS), pick(NAMES)).map(([h, n]) => `${h} ${n}`),
  fc.tuple(pick(TITLES), pick(NAMES)).map(([t, n]) => `${t} ${n}`),
  pick(['he', 'she', 'they', 'the minister', 'a senior EU official']),
);
const open = pick(['“', '"', '‘', "'", '«', '„', '‚', '»']);
const close = pick(['”', '"', '’', "'", '»', '“', '‘', '«']);

/** Whole news sentences, so that introductions, mentions, title mentions and attributions all occur. */
const sentence = fc.oneof(
  fc.tuple(open, clause, close, person, pick(VERBS)).map(([o, c, e, p, v]) => `${o}${c},${e} ${p} ${v}.`),
  fc.tuple(open, clause, close, pick(VERBS), person).map(([o, c, e, v, p]) => `${o}${c},${e} ${v} ${p}.`),
  fc.tuple(person, pick(VERBS), open, clause, close).map(([p, v, o, c, e]) => `${p} ${v}: ${o}${c}.${e}`),
  fc.tuple(open, clause, person, clause).map(([o, c, p, d]) => `${o}${c},” ${p} said, “${d}.”`),
  fc.tuple(pick(NAMES), pick(TITLES), clause).map(([n, t, c]) => `${n}, the ${t}, said the “${c}” is open.`),
  fc.tuple(pick(TITLES), pick(NAMES), clause).map(([t, n, c]) => `${t} ${n} met ${n.split(' ')[0]} on Friday. ${c}.`),
  pick(NAMES).map((n) => `By ${n}`),
  fc.tuple(open, clause).map(([o, c]) => `${o}${c}`), // left open: runs on into the next paragraph
);

const newsFragment = fc.oneof(
  { arbitrary: pick(QUOTE_MARKS), weight: 4 },
  { arbitrary: pick(APOSTROPHE_WORDS), weight: 2 },
  { arbitrary: person, weight: 3 },
  { arbitrary: pick(TITLES), weight: 2 },
  { arbitrary: pick(VERBS), weight: 2 },
  { arbitrary: pick(WORDS), weight: 5 },
  { arbitrary: pick(PUNCT), weight: 3 },
  { arbitrary: pick(SPACES), weight: 2 },
  { arbitrary: pick(ODD), weight: 1 },
  { arbitrary: sentence, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
);
const joined = (fragment: fc.Arbitrary<string>, maxFragments: number, maxChars = 2_000) =>
  fc.array(fc.tuple(fragment, pick(SPACES)), { maxLength: maxFragments, size: 'max' }).map((parts) =>
    parts
      .map(([f, s]) => f + s)
      .join('')
      .slice(0, maxChars),
  );

const newsParagraph = fc.oneof(
  { arbitrary: joined(newsFragment, 12), weight: 6 },
  { arbitrary: joined(newsFragment, 60), weight: 3 },
  { arbitrary: fc.array(sentence, { maxLength: 6, size: 'max' }).map((s) => s.join(' ')), weight: 4 },
  { arbitrary: fc.constantFrom('', ' ', '\n', '“', '”', '"', "'"), weight: 1 },
);

const unicodeParagraph = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300, size: 'max' }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 120, size: 'max' }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 300, size: 'max' }), weight: 1 },
  { arbitrary: joined(fc.oneof(fc.string({ unit: 'binary', maxLength: 10 }), newsFragment), 40), weight: 3 },
);

const marksParagraph = joined(
  fc.oneof(
    { arbitrary: pick(QUOTE_MARKS), weight: 8 },
    { arbitrary: pick(APOSTROPHE_WORDS), weight: 3 },
    { arbitrary: pick(['a', 'b', 'He', 'Lee', '9', '90s', 's', 'n', 'tis']), weight: 4 },
    { arbitrary: pick(PUNCT), weight: 2 },
    { arbitrary: pick(['\uD800', '\u00a0', '\n']), weight: 1 },
  ),
  80,
);

const longParagraph = joined(newsFragment, 700);

const article = (paragraph: fc.Arbitrary<string>, maxParagraphs = 30): fc.Arbitrary<ArticleInput> =>
  fc.record(
    {
      title: fc.oneof(paragraph, clause),
      paragraphs: fc.array(paragraph, { maxLength: maxParagraphs, size: 'max' }),
    },
    { requiredKeys: ['paragraphs'] },
  );

// --- Invariants ---

function checkMention(paragraphs: string[], m: Mention, who: string): void {
  const where = () => `${who}: mention ${JSON.stringify(m)}`;
  ensure(Number.isInteger(m.paragraph) && m.paragraph >= 0 && m.paragraph < paragraphs.length, () => `${where()}: no such paragraph`);
  const text = paragraphs[m.paragraph]!;
  ensure(Number.isInteger(m.start) && Number.isInteger(m.end), () => `${where()}: offsets are not integers`);
  ensure(0 <= m.start && m.start <= m.end && m.end <= text.length, () => `${where()}: out of bounds (paragraph length ${text.length})`);
  // Title mentions carry a display form ("the Foreign Minister"); every other kind is the page's own text.
  if (m.kind !== 'title') {
    ensure(m.text === text.slice(m.start, m.end), () => `${where()}: text is not the paragraph's ${JSON.stringify(text.slice(m.start, m.end))}`);
  }
}

function checkAnalysis(input: ArticleInput, a: Analysis): void {
  const paragraphs = input.paragraphs;
  const byParagraph = new Map<number, Array<{ start: number; end: number }>>();
  for (const q of a.quotes) {
    const where = () => `quote ${JSON.stringify(q)}`;
    ensure(Number.isInteger(q.paragraph) && q.paragraph >= 0 && q.paragraph < paragraphs.length, () => `${where()}: no such paragraph`);
    const text = paragraphs[q.paragraph]!;
    ensure(Number.isInteger(q.start) && Number.isInteger(q.end), () => `${where()}: offsets are not integers`);
    ensure(0 <= q.start && q.start <= q.end && q.end <= text.length, () => `${where()}: out of bounds (paragraph length ${text.length})`);
    ensure(q.text === text.slice(q.start, q.end), () => `${where()}: text is not the paragraph's ${JSON.stringify(text.slice(q.start, q.end))}`);
    // The marks: the opener sits before the text (or the quote runs on from the previous paragraph), the closer after it.
    if (q.outerStart === -1) ensure(q.continued, () => `${where()}: outerStart -1 on a quote that is not continued`);
    else ensure(0 <= q.outerStart && q.outerStart <= q.start, () => `${where()}: outerStart after start`);
    ensure(q.end <= q.outerEnd && q.outerEnd <= text.length, () => `${where()}: outerEnd before end or past the paragraph (length ${text.length})`);
    const list = byParagraph.get(q.paragraph) ?? [];
    list.push(q);
    byParagraph.set(q.paragraph, list);
  }
  for (const [p, list] of byParagraph) {
    const sorted = [...list].sort((x, y) => x.start - y.start || x.end - y.end);
    for (let k = 1; k < sorted.length; k++) {
      ensure(sorted[k]!.start >= sorted[k - 1]!.end, () => `overlapping quotes in paragraph ${p}: ${JSON.stringify(sorted.slice(k - 1, k + 1))}`);
    }
  }
  const byId = new Map<number, PersonResult>();
  for (const p of [...a.officials, ...a.people]) {
    ensure(!byId.has(p.id), () => `duplicate person id ${p.id}`);
    byId.set(p.id, p);
    for (const m of p.mentions) checkMention(paragraphs, m, p.name);
  }
  ensure(a.officials.every((p) => p.official) && a.people.every((p) => !p.official), () => 'an official among people, or the reverse');
  for (const q of a.quotes) {
    if (q.speakerId === null) continue;
    // A resolved speaker is a person of the output, named and titled as that person.
    const p = byId.get(q.speakerId);
    ensure(p !== undefined, () => `quote ${JSON.stringify(q)}: speaker ${q.speakerId} is not a person of the output`);
    ensure(q.speaker === p!.name && q.speakerTitle === p!.title, () => `quote ${JSON.stringify(q)}: speaker differs from person ${JSON.stringify(p)}`);
  }
}

function runAndCheck(input: ArticleInput): void {
  checkAnalysis(input, analyze(input));
}

// --- Properties ---

describe('analyzeArticle properties', () => {
  beforeEach(resetProbe);

  const lavrov = { paragraphs: ['“We are ready,” said Russian Foreign Minister Sergey Lavrov.', '“Nobody should doubt it for one moment now,” he added.'] };

  test('the probe sees a normal run: a real article gives quotes and officials', () => {
    const a = analyze(lavrov);
    expect(a.quotes.length).toBe(2);
    expect(a.officials.map((p) => p.name)).toEqual(['Sergey Lavrov']);
    expect(probe.attributed).toBe(2);
    expect(probe.registry?.people.length).toBe(1);
    checkAnalysis(lavrov, a);
  });

  test('an exception inside the engine surfaces as an error, never as an empty analysis', () => {
    probe.failAttribution = true;
    expect(tryAnalyzeArticle(lavrov)).toMatchObject({ ok: false, error: expect.stringMatching(/injected by the test/) });
    probe.failAttribution = true;
    expect(() => analyzeArticle(lavrov)).toThrow(/injected by the test/);
  });

  test(`news-like articles keep every invariant (${RUNS_NEWS} cases)`, () => {
    fc.assert(fc.property(article(newsParagraph), runAndCheck), params(RUNS_NEWS));
  });

  test(`arbitrary unicode articles keep every invariant (${RUNS_UNICODE} cases)`, () => {
    fc.assert(fc.property(article(unicodeParagraph), runAndCheck), params(RUNS_UNICODE));
  });

  test(`paragraphs dense in quote marks and apostrophes keep every invariant (${RUNS_MARKS} cases)`, () => {
    fc.assert(fc.property(article(marksParagraph), runAndCheck), params(RUNS_MARKS));
  });

  test(`long articles (30 x 2,000 characters at most) keep every invariant (${RUNS_LONG} cases)`, () => {
    fc.assert(fc.property(article(longParagraph), runAndCheck), params(RUNS_LONG));
  });

  test(`the same input analysed twice gives deep-equal output (${RUNS_DETERMINISM} cases)`, () => {
    const anyParagraph = fc.oneof(newsParagraph, unicodeParagraph, marksParagraph);
    fc.assert(
      fc.property(article(anyParagraph), (input) => {
        const first = analyze(input);
        const copy: ArticleInput = { ...input, paragraphs: [...input.paragraphs] };
        const second = analyze(copy);
        expect(second).toStrictEqual(first);
        // The engine must not mutate its input.
        expect(copy.paragraphs).toStrictEqual(input.paragraphs);
      }),
      params(RUNS_DETERMINISM),
    );
  });
});
