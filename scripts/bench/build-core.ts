/** Bundles src/core the way the extension ships it, so the bench times production code, not a transpiler. */
import { build } from 'vite';
import { resolve } from 'node:path';

export async function buildCoreBundle(): Promise<string> {
  const outDir = resolve('bench-output/core');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve('src/core/index.ts'), formats: ['es'], fileName: 'core' },
    },
  });
  return resolve(outDir, 'core.js');
}
