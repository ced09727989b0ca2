/** Which of a count's two strings the language's plural rule picks: `oneKey` for "one", else `otherKey`. */
export function pluralKey(n: number, oneKey: string, otherKey: string, locale: string | undefined): string {
  return new Intl.PluralRules(locale).select(n) === 'one' ? oneKey : otherKey;
}
