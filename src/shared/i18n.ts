import { ext as browser } from './ext';

/** Looks up a _locales string; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}
