/** The engine's entry point: officials, other people and attributed quotes of one article. */
import { attributeQuotes, type Attributed } from './attribution';
import { buildParas, POS, sentenceStart, tokenIndexAt, type Para } from './context';
import { PREPOSITIONS, SUBJECT_PRONOUNS } from './lexicon';
import { introducePeople, type TitleMention } from './people';
import { findNameMentions } from './name-mentions';
import { findQuoteSpans } from './quotes';
import { nameOf, type Person, type Registry } from './registry';
import { Salience } from './resolve';
import { isSpeechVerb, type MentionIndex } from './subjects';
import type { Analysis, ArticleInput, AttributionKind, Mention, PersonResult, QuoteResult } from './types';

export interface AnalyzeOptions {
  /** Paragraphs beyond this many characters are cut, so a hostile page cannot stall the engine. */
  maxParagraphChars?: number;
  maxParagraphs?: number;
}

export type AnalysisResult = { ok: true; value: Analysis } | { ok: false; error: string };

/**
 * Never throws. Bad input is sanitised and analysed; an exception inside the engine is a bug, and it comes
 * back as an error with its stack rather than as an empty analysis that looks like a page without quotes.
 */
export function tryAnalyzeArticle(input: ArticleInput, opts: AnalyzeOptions = {}): AnalysisResult {
  try {
    const paragraphs = sanitize(input, opts);
    const title = typeof input?.title === 'string' ? input.title : (paragraphs[0] ?? '');
    return { ok: true, value: analyzeParagraphs(title, paragraphs) };
  } catch (e) {
    return { ok: false, error: `engine error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
}

/** The analysis of any input; throws only on a bug in the engine (see tryAnalyzeArticle), never on bad input. */
export function analyzeArticle(input: ArticleInput, opts: AnalyzeOptions = {}): Analysis {
  const result = tryAnalyzeArticle(input, opts);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function sanitize(input: ArticleInput, opts: AnalyzeOptions): string[] {
  const raw = Array.isArray(input?.paragraphs) ? input.paragraphs : [];
  const maxChars = opts.maxParagraphChars ?? 2_000_000;
  return raw.slice(0, opts.maxParagraphs ?? 20_000).map((p) => (typeof p === 'string' ? p.slice(0, maxChars) : ''));
}

/**
 * The pipeline, in order: text (paragraphs, tokens) → quotes (the quotation spans, found first because they
 * shape each paragraph's context) → people (names, titles, who is an official) → attribution (a speaker for
 * each quote). The library and page-source modules build on the Analysis this returns.
 */
function analyzeParagraphs(title: string, paragraphs: string[]): Analysis {
  const paras = buildParas(paragraphs, findQuoteSpans(paragraphs));
  const { registry, titleMentions } = introducePeople(paras);
  const salience = new Salience(registry.people);
  const { mentions, named } = indexMentions(paras, registry, salience);
  const titled = resolveTitleMentions(titleMentions, registry, salience);
  attachMentions(registry.people, named, titled);
  const attributed = attributeQuotes(paras, { mentions, salience, people: registry.people, descriptions: [] });
  const results = registry.people.map(toPersonResult);
  return {
    title,
    officials: results.filter((p) => p.official),
    people: results.filter((p) => !p.official),
    quotes: echoHeadlineSpeakers(attributed.map((a) => toQuoteResult(a, paras))),
  };
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A headline usually repeats words of a quote in the body ("'We won't be pushed around': ..." above "we won't
 * be pushed around by a handful of backbenchers," she said). A headline quote left without a speaker takes
 * the speaker of the body quote that holds its words, with that quote's confidence: the body's evidence,
 * not a guess. Only when exactly one attributed person's quotes hold them.
 */
function echoHeadlineSpeakers(quotes: QuoteResult[]): QuoteResult[] {
  return quotes.map((q) => {
    if (q.paragraph !== 0 || q.speaker !== null) return q;
    const words = squash(q.text);
    if (words.split(' ').length < 3) return q;
    const holders = quotes.filter((b) => b.paragraph > 0 && b.speaker !== null && squash(b.text).includes(words));
    const speakers = new Set(holders.map((b) => b.speakerId ?? b.speaker));
    if (speakers.size !== 1) return q;
    const from = holders[0]!;
    return {
      ...q,
      speaker: from.speaker,
      speakerTitle: from.speakerTitle,
      speakerId: from.speakerId,
      attribution: 'headline',
      confidence: Math.min(...holders.map((b) => b.confidence)),
    };
  });
}

/** A mention found by a stage, with the person it names; attachMentions gives each person its own. */
type PersonMention = { person: Person; mention: Mention };

/**
 * The people stage's records are not written here: the name mentions come back as data, and the pipeline
 * attaches them (with the title mentions) in one place, so no stage edits another's Person objects.
 */
function indexMentions(paras: Para[], registry: Registry, salience: Salience): { mentions: MentionIndex; named: PersonMention[] } {
  const named: PersonMention[] = [];
  // Keyed by document position (a number): string keys cost a concatenation and a hash per probe.
  const ends = new Map<number, Person>();
  const starts = new Map<number, { person: Person; end: number }>();
  let sentence = -1;
  for (const m of findNameMentions(paras, registry)) {
    ends.set(POS(m.para.index, m.end), m.person);
    starts.set(POS(m.para.index, m.start), { person: m.person, end: m.end });
    named.push({
      person: m.person,
      mention: { paragraph: m.para.index, start: m.start, end: m.end, text: m.para.text.slice(m.start, m.end), kind: m.possessive ? 'surname' : 'name' },
    });
    // Names inside quotations are what speakers talk about, not who is speaking.
    if (insideQuote(m.para, m.start)) continue;
    const k = tokenIndexAt(m.para.tokens, m.start);
    const run = m.para.tokens.slice(k, k + 8).findIndex((t) => t.start >= m.end);
    const next = m.para.tokens[k + (run < 0 ? 1 : run)];
    const start = POS(m.para.index, sentenceStart(m.para, m.start));
    const prev = m.para.tokens[k - 1];
    const subject = start !== sentence && !(prev && PREPOSITIONS.has(prev.lower)) && !pronounSubjectBefore(m.para, sentenceStart(m.para, m.start), k);
    if (subject || start !== sentence) sentence = start;
    const speaks = next !== undefined && /^[ \u00a0]+$/.test(m.para.text.slice(m.end, next.start)) && isSpeechVerb(next);
    salience.note(m.person, m.para.index, m.start, speaks, subject);
  }
  return {
    mentions: {
      endingAt: (p, o) => ends.get(POS(p, o)) ?? null,
      startingAt: (p, o) => starts.get(POS(p, o)) ?? null,
    },
    named,
  };
}

/**
 * "He waves away talk that Tarn …", "And he went on, mocking Tarn …": the sentence opens with a pronoun
 * subject, so its first name is no subject. Not "Asked whether he would, Brun said": that pronoun looks ahead.
 */
function pronounSubjectBefore(para: Para, sentenceFrom: number, k: number): boolean {
  let j = tokenIndexAt(para.tokens, sentenceFrom);
  if (/^(and|but|so|yet|then)$/.test(para.tokens[j]?.lower ?? '')) j++;
  const t = para.tokens[j];
  return j < k && t !== undefined && SUBJECT_PRONOUNS.has(t.lower) && !insideQuote(para, t.start);
}

function insideQuote(para: Para, offset: number): boolean {
  return para.quotes.some((q) => q.start <= offset && offset < q.end);
}

function resolveTitleMentions(titleMentions: TitleMention[], registry: Registry, salience: Salience): PersonMention[] {
  const titled: PersonMention[] = [];
  for (const t of titleMentions) {
    const person = salience.title(t.paragraph, t.start, t.head, t.text, registry.people);
    if (person) titled.push({ person, mention: { paragraph: t.paragraph, start: t.start, end: t.end, text: t.text, kind: 'title' } });
  }
  return titled;
}

/**
 * The one place a person's mentions are set, before attribution reads them (the headline's speaker, the
 * protagonist of a pronoun). Name mentions first, then title mentions, each in the order found: the
 * headline reader takes a person's first mention in a paragraph in that order.
 */
function attachMentions(people: Person[], named: PersonMention[], titled: PersonMention[]): void {
  const byPerson = new Map<Person, Mention[]>();
  for (const { person, mention } of [...named, ...titled]) {
    const list = byPerson.get(person);
    if (list) list.push(mention);
    else byPerson.set(person, [mention]);
  }
  for (const p of people) p.mentions = byPerson.get(p) ?? [];
}

function toPersonResult(p: Person): PersonResult {
  const mentions = [...p.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { id: p.id, name: nameOf(p), title: p.title, role: p.role, official: p.official, mentions };
}

function toQuoteResult(a: Attributed, paras: Para[]): QuoteResult {
  const { span, speaker } = a;
  const text = paras[span.paragraph]!.text;
  return {
    paragraph: span.paragraph,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    speaker: speaker?.person ? nameOf(speaker.person) : (speaker?.text ?? null),
    speakerTitle: speaker?.person?.title ?? null,
    speakerId: speaker?.person?.id ?? null,
    attribution: kindOf(a),
    confidence: a.confidence,
    evidence: a.evidence,
    continued: span.continued,
    outerStart: span.open,
    outerEnd: span.closed ? span.close + 1 : span.close,
  };
}

function kindOf(a: Attributed): AttributionKind {
  if (a.kind === 'none') return 'none';
  const pronoun = a.evidence?.subject === 'pronoun' || a.evidence?.subject === 'pronoun-rival';
  if (pronoun && (a.kind === 'after' || a.kind === 'after-late' || a.kind === 'before')) return 'pronoun';
  if (a.kind === 'after' || a.kind === 'after-late') return 'after-verb';
  if (a.kind === 'before') return 'before-verb';
  if (a.kind === 'carry' || a.kind === 'carry-paragraph') return 'carry-over';
  return a.kind;
}
