/**
 * `npm run build:core`: src/core as the package it declares (src/core/package.json), built to plain
 * JavaScript with its type declarations: dist/core/{index,sources,testing}.js, types/, and a package.json whose exports
 * point at them. Its npm dependencies stay external, as a package's do. tests/unit/core-package.test.ts
 * installs the result beside a consumer and runs it in Node.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const CORE_OUT_DIR = resolve('dist/core');
const ENTRIES = { index: 'src/core/index.ts', sources: 'src/core/sources.ts', testing: 'src/core/testing.ts' } as const;

interface CorePackageJson {
  name: string;
  dependencies: Record<string, string>;
  exports: Record<string, string>;
}
export const corePackageJson = (): CorePackageJson => JSON.parse(readFileSync('src/core/package.json', 'utf8')) as CorePackageJson;

export async function buildCorePackage(outDir = CORE_OUT_DIR): Promise<string> {
  const pkg = corePackageJson();
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, resolve(v)])), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      // Every bare import stays external, declared or not: a package resolves its imports from its own
      // dependencies, so one missing from package.json fails where the package is installed.
      rolldownOptions: { external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') },
    },
  });
  const types = join(outDir, 'types');
  const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.core-build.json', '--outDir', types], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error('core type declarations failed');
  const exportsOf = (name: keyof typeof ENTRIES) => ({ types: `./types/${name}.d.ts`, default: `./${name}.js` });
  const built = { ...pkg, exports: { '.': exportsOf('index'), './sources': exportsOf('sources'), './testing': exportsOf('testing') } };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(built, null, 2)}\n`);
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildCorePackage().then((dir) => console.log(`built ${dir}`));
}
