/**
 * `npm run build:cli`: src/cli/main.ts bundled to plain JavaScript, dist/cli/onrecord.js (package.json `bin`).
 * Everything is bundled, npm packages too: the binary then runs from any install, dev dependencies or not
 * (linkedom is a dev dependency), and Node resolves no packages at start-up. Each command's modules are
 * dynamic imports in main.ts, so they become chunks loaded on use: `--help` and a .txt analysis never parse
 * linkedom.
 */
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const CLI_OUT_DIR = resolve('dist/cli');

export async function buildCli(outDir = CLI_OUT_DIR): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: resolve('src/cli/main.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'onrecord.js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  const bin = resolve(outDir, 'onrecord.js');
  chmodSync(bin, 0o755);
  return bin;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildCli().then((bin) => console.log(`built ${bin}`));
}
