/** "3 days ago", "last month": Intl.RelativeTimeFormat in the given language (the pages pass uiLocale()), from two instants. */

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeTime(iso: string, now: number, locale: string | undefined): string {
  const ms = Date.parse(iso) - now;
  if (Number.isNaN(ms)) return '';
  const fmt = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (Math.abs(ms) >= size) return fmt.format(Math.round(ms / size), unit);
  return fmt.format(0, 'minute');
}

/** Whole days since `iso`, for the export reminder. */
export const daysSince = (iso: string | null, now: number) => (iso ? Math.floor((now - Date.parse(iso)) / 86_400_000) : Infinity);
