/** Resolves pronouns and bare titles ("he", "the secretary") to the person they most likely mean. */
import { POS } from './context';
import type { Person } from './registry';

export interface Salient {
  person: Person;
  pos: number;
  /** Subject of a speech verb or speaker of a quote. */
  speaker: boolean;
  /** First person named in a sentence, outside any preposition: the likeliest antecedent of "he said". */
  subject: boolean;
}

const compatible = (p: Person, gender: 'm' | 'f' | null) => gender === null || p.gender === null || p.gender === gender;
const WINDOW = 2; // paragraphs back that an antecedent may sit

export class Salience {
  constructor(private readonly people: Person[]) {}

  /** Name mentions, noted in document order before attribution starts. */
  private mentions: Salient[] = [];
  /** Speakers of attributed quotes, appended in document order as attribution proceeds. */
  private speakers: Salient[] = [];

  note(person: Person, paragraph: number, offset: number, speaker: boolean, subject: boolean): void {
    this.mentions.push({ person, pos: POS(paragraph, offset), speaker, subject });
  }

  noteSpeaker(person: Person, paragraph: number, offset: number): void {
    this.speakers.push({ person, pos: POS(paragraph, offset), speaker: true, subject: true });
  }

  /** The latest speaker, else sentence subject, earlier in the paragraph ("Alvarez said she had spoken… “…”"). */
  speakerEarlierIn(paragraph: number, offset: number): Person | null {
    const earlier = this.before(POS(paragraph, offset), POS(paragraph, 0)).filter((e) => !e.person.author);
    return (earlier.find((e) => e.speaker) ?? earlier.find((e) => e.subject))?.person ?? null;
  }

  /**
   * "he said": the last speaker in the paragraph, else the most recent sentence subject or speaker,
   * else the most recent person of that gender. `exclude` is the person being answered ("she replied").
   */
  pronoun(paragraph: number, offset: number, gender: 'm' | 'f', lastSpeakerInParagraph: Person | null, exclude: Person | null = null): Person | null {
    const fits = (p: Person) => !p.author && p !== exclude && compatible(p, gender);
    const pos = POS(paragraph, offset);
    const floor = POS(Math.max(0, paragraph - WINDOW), 0);
    const before = this.before(pos, floor).filter((e) => fits(e.person));
    const subject = before.find((e) => e.speaker || e.subject || e.person === lastSpeakerInParagraph);
    // The paragraph's last speaker, unless a new sentence subject or speech-verb subject who fits came after
    // ("“…,” Ames said. Ortiz disagreed. “…,” he said." is Ortiz).
    if (lastSpeakerInParagraph && fits(lastSpeakerInParagraph))
      return subject && subject.person !== lastSpeakerInParagraph ? subject.person : lastSpeakerInParagraph;
    return (subject ?? before[0])?.person ?? this.protagonist(fits);
  }

  /**
   * "Smith said" when two Smiths are named: the one of them who spoke or led a sentence within the window, when
   * only one did. A namesake named only inside another's phrase ("the mother of Sean Smith") leads no sentence.
   */
  namesake(paragraph: number, offset: number, surname: string): Person | null {
    const floor = POS(Math.max(0, paragraph - WINDOW), 0);
    const last = (p: Person) => p.words.length >= 2 && p.words[p.words.length - 1]!.toLowerCase() === surname;
    const events = this.before(POS(paragraph, offset), floor).filter((e) => !e.person.author && last(e.person));
    const led = new Set(events.filter((e) => e.speaker || e.subject).map((e) => e.person));
    if (led.size !== 1) return null;
    const person = [...led][0]!;
    // "Anna Smith and Mark Smith both ran": a namesake joined right after the subject ("and", "or", a comma)
    // shares the lead.
    const ends = events.filter((e) => e.person === person).map((e) => e.pos + person.words.join(' ').length);
    const joined = events.some((e) => e.person !== person && ends.some((end) => e.pos > end && e.pos - end <= 5));
    return joined ? null : person;
  }

  /** Distinct people named outside quotes in [from, to) of a paragraph, at most `cap` of them. */
  namedBetween(paragraph: number, from: number, to: number, cap = 4): Person[] {
    const out: Person[] = [];
    const end = POS(paragraph, to);
    // Bounded: a hostile sentence naming one person ten thousand times costs 64 steps, not ten thousand.
    const first = firstAtOrAfter(this.mentions, POS(paragraph, from));
    for (let i = first; i < this.mentions.length && i < first + 64 && this.mentions[i]!.pos < end; i++) {
      const p = this.mentions[i]!.person;
      if (!p.author && !out.includes(p) && out.push(p) >= cap) break;
    }
    return out;
  }

  /**
   * Would "he" fit someone else as well? Another person of that gender (or of unknown gender) named since the
   * chosen antecedent was last named, in this paragraph or the one before, makes the pronoun a guess.
   */
  pronounHasRival(paragraph: number, offset: number, gender: 'm' | 'f', chosen: Person): boolean {
    const floor = POS(Math.max(0, paragraph - 1), 0);
    // When the chosen one's gender is unknown, anyone else of that gender in reach is a rival too.
    const unknown = chosen.gender === null;
    let passed = false;
    const recent = this.before(POS(paragraph, offset), floor);
    // The article's main person picked with no mention in reach (see protagonist) is a guess too.
    if (!recent.some((e) => e.person === chosen)) return true;
    for (const e of recent) {
      if (e.person === chosen) {
        if (!unknown) return false;
        passed = true;
        continue;
      }
      if (!e.person.author && (passed ? e.person.gender === gender : compatible(e.person, gender))) return true;
    }
    return false;
  }

  /**
   * With no antecedent in reach, the article's main voice ("he replied" in a Q&A): the fitting person credited
   * with the most quotes so far, else the most-mentioned. Mentions alone count what speakers talk about too
   * ("the secretary has been clear", said by the secretary's spokesman).
   */
  private protagonist(fits: (p: Person) => boolean): Person | null {
    const quoted = new Map<Person, number>();
    for (const e of this.speakers) if (fits(e.person)) quoted.set(e.person, (quoted.get(e.person) ?? 0) + 1);
    let voice: Person | null = null;
    for (const [p, n] of quoted) if (n > (voice ? quoted.get(voice)! : 1)) voice = p;
    if (voice) return voice;
    let best: Person | null = null;
    for (const p of this.people) if (fits(p) && p.mentions.length > (best?.mentions.length ?? 1)) best = p;
    return best;
  }

  title(paragraph: number, offset: number, head: string, text: string, everyone: Person[]): Person | null {
    const matches = (p: Person) => headsAgree(p.titleHead, head) && modifiersAgree(p, text);
    const recent = this.before(POS(paragraph, offset), 0).find((e) => matches(e.person));
    if (recent) return recent.person;
    const holders = everyone.filter(matches);
    return holders.length === 1 ? holders[0]! : null;
  }

  /** Events before pos and at or after floor, most recent first. */
  private before(pos: number, floor: number): Salient[] {
    return mergeRecentFirst(lastBefore(this.mentions, pos, floor), lastBefore(this.speakers, pos, floor));
  }
}

const LIMIT = 40;
function firstAtOrAfter(events: Salient[], pos: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastBefore(events: Salient[], pos: number, floor: number): Salient[] {
  const lo = firstAtOrAfter(events, pos);
  const out: Salient[] = [];
  for (let i = lo - 1; i >= 0 && out.length < LIMIT && events[i]!.pos >= floor; i--) out.push(events[i]!);
  return out;
}

/** Two lists, each most recent first, as one; at the same position a speaker comes before a mention. */
function mergeRecentFirst(a: Salient[], b: Salient[]): Salient[] {
  const out: Salient[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (y.pos > x.pos || (y.pos === x.pos && y.speaker && !x.speaker)) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** "the Russian president" needs a person whose title says Russian; "the president" needs nothing more. */
function modifiersAgree(p: Person, text: string): boolean {
  const capitalised = text.split(/\s+/).filter((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  const title = (p.title ?? '').toLowerCase();
  return capitalised.slice(0, -1).every((w) => title.includes(w.toLowerCase()));
}

const LEADERS = new Set(['president', 'minister', 'chancellor', 'premier', 'leader', 'king', 'queen']);
function headsAgree(personHead: string | null, head: string): boolean {
  if (!personHead) return false;
  return personHead === head || (head === 'leader' && LEADERS.has(personHead));
}
