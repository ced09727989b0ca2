/** Bundles src/core the way the extension ships it, so the bench times production code, not a transpiler. */
import { build } from 'vite';
import { resolve } from 'node:path';

/** `root`: another checkout (the --before tree); `name`: the output folder under bench-output/. */
export async function buildCoreBundle(root = '.', name = 'core'): Promise<string> {
  const outDir = resolve('bench-output', name);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve(root, 'src/core/index.ts'), formats: ['es'], fileName: 'core' },
    },
  });
  return resolve(outDir, 'core.js');
}
