import { chromium } from '@playwright/test';
import { launchWithExtension } from '../support/chromium';
import { startStaticServer } from '../support/static-server';
const server = await startStaticServer('tests/fixtures');
const para = (i: number) => i % 10 === 0 ? `<p>“We will keep the port open number ${i},” Finance Minister Clara Webb said on Tuesday.</p>` : `<p>The council debated item ${i} of the harbour budget at length, with long speeches about dredging, ferries, fares and the cost of borrowing over the coming decade.</p>`;
const N = Number(process.env.N ?? 30000);
const body = Array.from({ length: N }, (_, i) => para(i)).join('\n');
server.routes.set('/big.html', { type: 'text/html; charset=utf-8', body: `<!doctype html><html><head><meta charset=utf-8><title>Big</title></head><body><article><h1>Big budget</h1>${body}</article></body></html>` });
console.log('size MB', body.length / 1e6);
const init = () => {
  (window as any).__lt = [];
  (window as any).__loaf = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries() as any) (window as any).__loaf.push([Math.round(e.startTime), Math.round(e.duration), (e.scripts ?? []).map((s: any) => [s.sourceURL, s.invoker, Math.round(s.duration)])]); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
};
for (const withExt of [false, true]) {
  const t0 = Date.now();
  let ctx, browser;
  if (withExt) ctx = (await launchWithExtension()).context;
  else { browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }); ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } }); }
  const page = await ctx.newPage();
  await page.addInitScript(init);
  await page.goto(server.url('/big.html'));
  if (withExt) await page.waitForFunction(() => CSS.highlights.has('onrecord-quote'), null, { timeout: 120000, polling: 200 });
  await page.waitForTimeout(3000);
  console.log(withExt ? 'EXT' : 'BASE', Date.now() - t0, 'ms');
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__lt)));
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__loaf)).slice(0, 3000));
  await ctx.close(); await browser?.close();
}
await server.close();
