/**
 * The boundary rules of eslint.config.js fire: small sources, linted as if they sat at the given paths (the
 * files need not exist; the modules they import do), each expected to break exactly the named rules.
 * `npm run lint` then holds the real tree to the same rules.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const PATHS = 'import-x/no-restricted-paths';
const IMPORTS = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`).sort();
}

describe('lint: boundaries between the parts', () => {
  test.each<[string, string, string, string[]]>([
    // content never imports storage or background: plain, deeper, type-only, re-exported, dynamic
    ['content imports storage', 'src/content/probe.ts', `import { openLibrary } from '../storage/db';\nexport const f = openLibrary;`, [PATHS]],
    [
      'content, one folder down, imports storage through ../../',
      'src/content/card/probe.ts',
      `import { openLibrary } from '../../storage/db';\nexport const f = openLibrary;`,
      [PATHS],
    ],
    ['content imports a storage type only', 'src/content/probe.ts', `import type { LibraryDB } from '../storage/schema';\nexport type T = LibraryDB;`, [PATHS]],
    ['content re-exports from storage', 'src/content/probe.ts', `export { openLibrary } from '../storage/db';`, [PATHS]],
    ['content imports storage dynamically', 'src/content/probe.ts', `export const f = () => import('../storage/db');`, [PATHS]],
    ['content imports the background', 'src/content/probe.ts', `import { createRouter } from '../background/router';\nexport const f = createRouter;`, [PATHS]],
    ['content opens IndexedDB', 'src/content/probe.ts', `export const f = () => indexedDB.open('x');`, [GLOBALS]],
    ['content opens IndexedDB through window', 'src/content/probe.ts', `export const f = () => window.indexedDB.open('x');`, [PROPERTIES]],
    ['content imports idb', 'src/content/probe.ts', `import { openDB } from 'idb';\nexport const f = openDB;`, [IMPORTS]],
    // core imports nothing outside core, whatever the path's depth or the import's kind; and no Node
    ['core imports shared', 'src/core/probe.ts', `import { ok } from '../shared/result';\nexport const f = ok;`, [PATHS]],
    [
      'core, one folder down, imports shared through ../../',
      'src/core/deeper/probe.ts',
      `import { ok } from '../../shared/result';\nexport const f = ok;`,
      [PATHS],
    ],
    ['core imports a shared type only', 'src/core/probe.ts', `import type { Result } from '../shared/result';\nexport type T = Result<number>;`, [PATHS]],
    ['core imports test support', 'src/core/probe.ts', `import { loadSeeds } from '../../tests/support/corpus';\nexport const f = loadSeeds;`, [PATHS]],
    ['core imports a Node module', 'src/core/probe.ts', `import { readFileSync } from 'node:fs';\nexport const f = readFileSync;`, [IMPORTS]],
    // shared imports only core
    ['shared imports storage', 'src/shared/probe.ts', `import type { LibraryDB } from '../storage/schema';\nexport type T = LibraryDB;`, [PATHS]],
    ['shared imports content', 'src/shared/probe.ts', `import { extractArticle } from '../content/extract';\nexport const f = extractArticle;`, [PATHS]],
    // the extension pages never import storage or background
    [
      'library imports storage',
      'src/library/probe.ts',
      `import { parseLibraryExport } from '../storage/export-import';\nexport const f = parseLibraryExport;`,
      [PATHS],
    ],
    [
      'library imports a storage type only',
      'src/library/probe.tsx',
      `import type { LibraryDB } from '../storage/schema';\nexport type T = LibraryDB;`,
      [PATHS],
    ],
    ['popup imports the background', 'src/popup/probe.ts', `import { createRouter } from '../background/router';\nexport const f = createRouter;`, [PATHS]],
    ['card imports storage', 'src/card/probe.ts', `import { openLibrary } from '../storage/db';\nexport const f = openLibrary;`, [PATHS]],
    // outside core, core is read through its public index only
    ['content deep-imports a core module', 'src/content/probe.ts', `import { anchorQuote } from '../core/anchoring';\nexport const f = anchorQuote;`, [PATHS]],
    [
      'the background deep-imports the site module behind core/sources',
      'src/background/probe.ts',
      `import { siteKey } from '../core/site';\nexport const f = siteKey;`,
      [PATHS],
    ],
    [
      'a test deep-imports a core type',
      'tests/unit/probe.test.ts',
      `import type { QuoteRecord } from '../../src/core/library-model';\nexport type T = QuoteRecord;`,
      [PATHS],
    ],
    // what is allowed stays clean
    ['background imports storage', 'src/background/probe.ts', `import { openLibrary } from '../storage/db';\nexport const f = openLibrary;`, []],
    ['content imports core through its index', 'src/content/probe.ts', `import { anchorQuote } from '../core/index';\nexport const f = anchorQuote;`, []],
    [
      "the background imports a page's site from core/sources",
      'src/background/probe.ts',
      `import { sameSite } from '../core/sources';\nexport const f = sameSite;`,
      [],
    ],
    [
      'library imports shared',
      'src/library/probe.ts',
      `import { parseLibraryExport } from '../shared/import-schema';\nexport const f = parseLibraryExport;`,
      [],
    ],
    [
      'core imports core and npm packages',
      'src/core/probe.ts',
      `import { getDomain } from 'tldts';\nimport { hashText } from './library';\nexport const f = [getDomain, hashText];`,
      [],
    ],
    [
      'a bench imports the core test helpers',
      'scripts/bench/probe.ts',
      `import { adversarialParagraph } from '../../src/core/testing';\nexport const f = adversarialParagraph;`,
      [],
    ],
  ])('%s', async (_name, filePath, code, expected) => {
    expect(await rulesBroken(filePath, code)).toEqual(expected);
  });
});
