import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

// One config for both browsers: the plugin's child builds reload this file,
// so the target must come from the environment, not from a second config file.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    webExtension({
      browser: target,
      manifest: 'manifest.json',
      additionalInputs: ['src/library/index.html'],
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
      htmlViteConfig: { logLevel: 'warn' },
      scriptViteConfig: { logLevel: 'warn' },
    }),
  ],
});
