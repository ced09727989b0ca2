/**
 * "Marsh told “Harbour Morning”", "she said on “The Sunday Ledger”", "an appearance Friday on “Tide Talk,”":
 * a title-case phrase right after "told", or after "on" where a speaker appears on air, names the programme
 * the words were spoken on; so does one after "an interview with". The caller has checked the phrase is title case and short.
 */
import type { Para } from './context';
import { isSpeechVerb } from './subjects';

/** Words before "on" that put someone on air: appearing, an interview, a time the show aired. */
const ON_AIR = new Set(
  `appeared appears appear appearing appearance appearances interview interviewed interviews spoke speaking speaks aired airing broadcast
guest guested segment remarks monday tuesday wednesday thursday friday saturday sunday morning evening night weekend today yesterday`.split(/\s+/),
);

const INTERVIEW = new Set(['interview', 'interviews', 'interviewed', 'appearance', 'appearances', 'segment']);

/** Token `before` is the word right before the opening mark. */
export function namesProgramme(para: Para, before: number): boolean {
  const t = para.tokens[before];
  if (!t) return false;
  if (t.lower === 'told') return true;
  if (t.lower !== 'on' && t.lower !== 'with') return false;
  const prev = para.tokens[before - 1];
  if (!prev || !/^[ \u00a0]$/.test(para.text.slice(prev.end, t.start))) return false;
  // "an interview with “Harbour Morning”": a title-case name after "interview with" is the programme or outlet.
  if (t.lower === 'with') return INTERVIEW.has(prev.lower);
  return ON_AIR.has(prev.lower) || isSpeechVerb(prev);
}
