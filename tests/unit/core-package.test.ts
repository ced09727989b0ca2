/**
 * src/core as a package: built to JavaScript (scripts/build/core-package.ts), installed into a consumer's
 * node_modules with only the dependencies its package.json declares, and imported by name in plain Node.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCorePackage, corePackageJson } from '../../scripts/build/core-package';

let consumer: string;
/** A second consumer holding the same package without tldts: what only analyses must not need it. */
let noSuffixList: string;

/** The package copied into `dir`'s node_modules with those of its declared dependencies that `keep` accepts. */
function install(dir: string, built: string, keep: (dep: string) => boolean): void {
  const modules = join(dir, 'node_modules');
  if (built !== join(modules, '@onrecord', 'core')) cpSync(built, join(modules, '@onrecord', 'core'), { recursive: true });
  // The declared dependencies, and nothing else: an undeclared import fails to resolve.
  for (const dep of Object.keys(corePackageJson().dependencies).filter(keep)) {
    mkdirSync(join(modules, dep, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', dep), join(modules, dep), 'dir');
  }
}

beforeAll(async () => {
  consumer = mkdtempSync(join(tmpdir(), 'onrecord-core-consumer-'));
  noSuffixList = mkdtempSync(join(tmpdir(), 'onrecord-core-no-tldts-'));
  const built = await buildCorePackage(join(consumer, 'node_modules', '@onrecord', 'core'));
  install(consumer, built, () => true);
  install(noSuffixList, built, (dep) => dep !== 'tldts');
}, 180_000);

afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
  rmSync(noSuffixList, { recursive: true, force: true });
});

/** Runs an ES module in the consumer's folder with plain Node (no transpiler) and returns what it printed. */
function runInConsumer(code: string, dir = consumer): unknown {
  const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }));
}

describe('@onrecord/core built and imported as a package', () => {
  test('an invented paragraph gives its quote and speaker', () => {
    const out = runInConsumer(`
      import { analyzeArticle } from '@onrecord/core';
      const a = analyzeArticle({ title: 'Harbour levy', paragraphs: [
        'Harbour levy to rise in spring',
        '"We cannot keep the quays open on goodwill alone," Harbour Minister Edda Vilkas said on Tuesday.',
      ] });
      console.log(JSON.stringify({ quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerTitle: q.speakerTitle })), officials: a.officials.map((p) => p.name) }));
    `);
    expect(out).toEqual({
      quotes: [{ text: 'We cannot keep the quays open on goodwill alone,', speaker: 'Edda Vilkas', speakerTitle: 'Harbour Minister' }],
      officials: ['Edda Vilkas'],
    });
  });

  test("the index exports the app-facing surface, a page's site under ./sources, test generators only under ./testing", () => {
    const out = runInConsumer(`
      const index = await import('@onrecord/core');
      const sources = await import('@onrecord/core/sources');
      const testing = await import('@onrecord/core/testing');
      console.log(JSON.stringify({ index: Object.keys(index), sources: Object.keys(sources).sort(), testing: Object.keys(testing) }));
    `) as { index: string[]; sources: string[]; testing: string[] };
    expect(out.index).toEqual(
      expect.arrayContaining([
        'analyzeArticle',
        'tryAnalyzeArticle',
        'parseTextArticle',
        'anchorQuote',
        'buildQuoteRecord',
        'quoteId',
        'rankRelated',
        'canonicalUrl',
      ]),
    );
    expect(out.sources).toEqual(['isoOrNull', 'sameSite', 'sourceFromMeta']);
    expect(out.index).not.toContain('sameSite');
    expect(out.index).not.toContain('adversarialParagraph');
    expect(out.testing).toEqual(['adversarialParagraph']);
  });

  // The public suffix list is half a core bundle and no part of reading an article (see src/core/sources.ts).
  test('without tldts installed, the index still loads and analyses, and only ./sources fails', () => {
    const out = runInConsumer(
      `
      const { analyzeArticle } = await import('@onrecord/core');
      const a = analyzeArticle({ paragraphs: ['"The ferry timetable stays as it is," Councillor Ines Marrow said.'] });
      let sources;
      try { await import('@onrecord/core/sources'); sources = 'imported'; } catch (e) { sources = e.code; }
      console.log(JSON.stringify({ speakers: a.quotes.map((q) => q.speaker), sources }));
    `,
      noSuffixList,
    );
    expect(out).toEqual({ speakers: ['Ines Marrow'], sources: 'ERR_MODULE_NOT_FOUND' });
  });

  test('internal modules are not reachable from outside the package', () => {
    const out = runInConsumer(`
      const codes = [];
      for (const path of ['@onrecord/core/analyze', '@onrecord/core/quotes.js', '@onrecord/core/index.js']) {
        try { await import(path); codes.push('imported'); } catch (e) { codes.push(e.code); }
      }
      console.log(JSON.stringify(codes));
    `);
    expect(out).toEqual(['ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_PATH_NOT_EXPORTED']);
  });
});
