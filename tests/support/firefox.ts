/** Launches Debian's firefox-esr through puppeteer-core (WebDriver BiDi) with dist/firefox installed. */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIREFOX_DIST = resolve('dist/firefox');
export const FIREFOX_ID = 'onrecord@onrecord.example';
// A fixed internal UUID makes moz-extension:// page URLs predictable in tests.
export const FIREFOX_UUID = '6f1b2c3d-0a4e-4f5a-9b8c-7d6e5f4a3b2c';
export const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; baseUrl: string }> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} is not built: run npm run build:firefox`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Set for every page at launch: page.setViewport also asks for a screen orientation, which Firefox 140 ESR's BiDi lacks.
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      // MV3 host permissions are opt-in in Firefox; a test profile grants them as a reader would at install.
      'extensions.originControls.grantByDefault': true,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  return { browser, baseUrl: `moz-extension://${FIREFOX_UUID}/` };
}
