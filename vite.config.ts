import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';

// One config for both browsers: the plugin's child builds reload this file,
// so the target must come from the environment, not from a second config file.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/**
 * The sync e2e test's build (`npm run build:sync-test`): the same extension, with the host permission for
 * 127.0.0.1 already in its manifest, as if the reader had allowed the test server in Settings (a browser's
 * permission prompt cannot be answered by Playwright). Its own folder; dist/chrome never has it.
 */
const syncTest = process.env.ONRECORD_SYNC_TEST === '1';
const grantLoopback = <M extends object>(m: M): M => (syncTest ? { ...m, host_permissions: ['http://127.0.0.1/*'] } : m);

/**
 * V8's explicit compile hint: compile every function of the script with the script, not one by one as each is
 * first called. The content script's compiled script is then reused whole on the next page of the same
 * renderer process, where lazily compiled functions were compiled again on every page (see the README's
 * figures). The service worker's too: the engine's first analysis after MV3 restarts the worker otherwise
 * compiles each of its functions as it reaches them (\`npm run bench -- cold\`, see the commit that added it).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const HINTED_ENTRIES = ['/src/content/index.ts', '/src/background/index.ts'];
const compileHintForScripts = (): Plugin => ({
  name: 'onrecord-compile-hint',
  // After minification, which would drop the comment.
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      const entry = chunk.type === 'chunk' ? chunk.facadeModuleId : null;
      if (chunk.type === 'chunk' && HINTED_ENTRIES.some((e) => entry?.endsWith(e))) chunk.code = COMPILE_HINT + chunk.code;
    }
  },
});

/**
 * The service worker's bundle is minified; the content script and the extension pages are not. MV3 stops the
 * worker after 30 s idle and every restart reads its whole script again before the first message is answered
 * (`npm run bench -- cold`: minified, the fresh worker boots and answers in ~0.8x the time). The content script keeps its names and its
 * `// src/...` module comments, which the page bench's profile reads. `ONRECORD_MINIFY_BACKGROUND=0` builds
 * it readable, for debugging the worker.
 */
const minifyBackground = (): Plugin => ({
  name: 'onrecord-minify-background',
  config(config) {
    const lib = config.build?.lib;
    const entry = lib ? lib.entry : undefined;
    const isBackground = typeof entry === 'string' && entry.replaceAll('\\', '/').endsWith('src/background/index.ts');
    return isBackground && process.env.ONRECORD_MINIFY_BACKGROUND !== '0' ? { build: { minify: true } } : null;
  },
});

/**
 * pouchdb-utils' `scopeEval` runs a design document's filter function given as a string. OnRecord's sync
 * never uses server-side filters, and the extension's CSP would refuse it anyway: the function is cut from
 * the build so no `Function` constructor ships (web-ext lint flags it).
 */
const noPouchEval = (): Plugin => ({
  name: 'onrecord-no-pouch-eval',
  transform(code, id) {
    if (!id.includes('/node_modules/pouchdb-utils/')) return null;
    const cut = code.replace('return Function.apply(null, keys).apply(null, values);', "throw new Error('OnRecord evaluates no code from documents');");
    if (cut === code) throw new Error('pouchdb-utils changed: check scopeEval before building');
    return { code: cut, map: null };
  },
});

export default defineConfig({
  build: {
    outDir: syncTest ? `dist/${target}-sync-test` : `dist/${target}`,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    compileHintForScripts(),
    minifyBackground(),
    noPouchEval(),
    webExtension({
      browser: target,
      manifest: 'manifest.json',
      additionalInputs: ['src/library/index.html', 'src/card/index.html', 'src/welcome/index.html', 'src/settings/index.html'],
      skipManifestValidation: true,
      transformManifest: grantLoopback,
      disableAutoLaunch: true,
      printSummary: false,
      htmlViteConfig: { logLevel: 'warn' },
      scriptViteConfig: { logLevel: 'warn' },
    }),
  ],
});
