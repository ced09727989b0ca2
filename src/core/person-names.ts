/**
 * The parts of a person's name as the library compares them: the surname, and the given name if any.
 * Most names in the news put the given name first; Chinese, Korean and Hungarian names written in their
 * own order put the surname first ("Xi Jinping", "Lee Jae-myung", "Orbán Viktor"), and are read that way.
 */

export interface NameParts {
  /** Lower case, dots and apostrophes dropped. */
  surname: string;
  /** The first given name (lower case), or null for a surname alone. */
  given: string | null;
}

export const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();
const words = (name: string) => cleanName(name).toLowerCase().replace(/[.’']/g, '').split(' ').filter(Boolean);

// Surnames that, first in a name, are not also common English given names: safe to read as surname-first.
const CHINESE = new Set(
  'xi li wang zhang liu chen yang zhao huang zhou wu xu sun zhu gao lin guo luo liang zheng xie tang feng dong xiao cao yuan deng shen zeng peng jiang cai jia ding wei xue pan dai xia zhong qin bo hu'.split(
    ' ',
  ),
);
// Korean (and Taiwanese) surnames, read surname-first only before a hyphenated or syllable-by-syllable given name.
const EAST_ASIAN = new Set([
  ...CHINESE,
  ...'kim lee park choi jung kang cho yoon jang lim moon shin han oh seo kwon hwang ahn song yoo hong jeon ko baek nam ban tsai ma lai chiang'.split(' '),
]);
const HUNGARIAN_GIVEN = new Set(
  'viktor péter lászló zoltán gábor tamás sándor balázs márton ádám dávid máté bálint levente gergely katalin judit ildikó zsolt attila ferenc istván jános gyula lajos mihály miklós imre csaba tibor krisztina erzsébet ágnes éva zsuzsanna klára andrás józsef árpád'.split(
    ' ',
  ),
);
const SYLLABLE_GIVEN = /^[a-z]{1,4}(-[a-z]{1,5})?$|^[a-z]{2,6}-[a-z]{2,6}$/;

/** True when the name is written surname first. */
export function surnameFirst(w: string[]): boolean {
  if (w.length < 2 || w.length > 3) return false;
  const [first, ...rest] = w as [string, ...string[]];
  if (w.length === 2 && HUNGARIAN_GIVEN.has(rest[0]!) && !HUNGARIAN_GIVEN.has(first)) return true;
  if (!EAST_ASIAN.has(first)) return false;
  // "Lee Jae-myung", "Tsai Ing-wen", "Kim Jong Un"; "Xi Jinping" for the Chinese surnames alone.
  if (rest.some((x) => x.includes('-'))) return rest.length === 1 && SYLLABLE_GIVEN.test(rest[0]!);
  if (rest.length === 2) return rest.every((x) => x.length <= 4);
  return CHINESE.has(first) && /^[a-z]{2,8}$/.test(rest[0]!);
}

export function nameParts(name: string): NameParts {
  const w = words(name);
  if (w.length === 0) return { surname: '', given: null };
  if (w.length === 1) return { surname: w[0]!, given: null };
  return surnameFirst(w) ? { surname: w[0]!, given: w[1]! } : { surname: w[w.length - 1]!, given: w[0]! };
}

/** The key people are indexed under in storage and compared by everywhere. */
export const surnameOf = (name: string): string => nameParts(name).surname;

/** "J." or "J" agrees with "Joe"; "MJ" does not agree with "Jae-myung". */
export function givenAgree(a: string, b: string): boolean {
  const [x, y] = [a.replace(/\./g, ''), b.replace(/\./g, '')];
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}
