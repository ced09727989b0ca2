/** Small display helpers shared by the popup and the library page. */

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export type Span = { unit: 'sameDay' } | { unit: 'days' | 'months' | 'years'; n: number };

/** The time between two statements, as a unit and a count; the page words it from _locales. */
export function timeBetween(a: string | null | undefined, b: string | null | undefined): Span | null {
  if (!a || !b) return null;
  const ms = Math.abs(Date.parse(a) - Date.parse(b));
  if (Number.isNaN(ms)) return null;
  const days = Math.round(ms / 86_400_000);
  if (days < 1) return { unit: 'sameDay' };
  if (days < 60) return { unit: 'days', n: days };
  const months = Math.round(days / 30.44);
  if (months < 24) return { unit: 'months', n: months };
  return { unit: 'years', n: Math.round(days / 365.25) };
}

const STOP = new Set(
  'the a an and or of to in on for with at by from is are was were be been it its this that these those we our you your they their he she his her i my as not but if so no do does did have has had will would can could should there here what when who which than then'.split(
    ' ',
  ),
);

/** Content words two statements share (lower-case), for emphasis in the compare view. */
export function sharedTerms(a: string, b: string): Set<string> {
  const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)));
  const wa = words(a);
  const out = new Set<string>();
  for (const w of words(b)) if (wa.has(w)) out.add(w);
  return out;
}

/** Splits text into runs, marking the words in `terms`, so a view can emphasise them without HTML strings. */
export function markTerms(text: string, terms: Set<string>): Array<{ text: string; marked: boolean }> {
  const out: Array<{ text: string; marked: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    if (!terms.has(m[0].toLowerCase())) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), marked: false });
    out.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), marked: false });
  return out;
}
