/**
 * The extension API, without loading webextension-polyfill at run time. Firefox and Chrome 148+ define
 * `browser` themselves, and older Chrome's MV3 `chrome` calls return promises too. The polyfill, imported
 * through the bundler's CommonJS interop, copied every API namespace of `browser` on load, which built
 * all of their bindings in every page the content script runs in. Its types are still the ones we use.
 */
import type Browser from 'webextension-polyfill';

type Global = { browser?: typeof Browser; chrome?: typeof Browser };
export const ext: typeof Browser = (globalThis as Global).browser ?? (globalThis as Global).chrome!;
export type { Browser };
