import { ext as browser } from './ext';
import { pluralKey } from './plural';

/** Looks up a _locales string; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** The browser's UI language, for Intl (falls back to the runtime's default). */
export function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

/** A count's string: `oneKey` where the language's plural rule says "one", else `otherKey` with the number. */
export function tPlural(n: number, oneKey: string, otherKey: string): string {
  return t(pluralKey(n, oneKey, otherKey, uiLocale()), formatNumber(n));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}
