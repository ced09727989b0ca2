/** Launches Debian's Chromium with the built extension loaded. Builds nothing itself. */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROME_DIST = resolve('dist/chrome');
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
}

/** `dist`: another build of the extension (the benches' --before build); dist/chrome by default. */
export async function launchWithExtension(opts: { headless?: boolean; profileDir?: string; dist?: string } = {}): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? CHROME_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is not built: run npm run build:chrome`);
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'onrecord-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profileDir };
}
