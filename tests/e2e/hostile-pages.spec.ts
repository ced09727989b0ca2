/**
 * Huge and strange pages. For each page:
 *  (a) the extension adds no long task (over 50 ms): the same page is run first in a Chromium WITHOUT the
 *      extension, and only the long tasks the extension run has beyond those are counted;
 *  (b) the article DOM is as the page made it (captured at DOMContentLoaded);
 *  plus what each page is about (frames, shadow roots, editors, right-to-left, the page's own highlights,
 *  built-ins the page replaced).
 *
 * Long tasks are read from the DevTools trace of the page's main thread: a task over 50 ms that is mostly
 * script counts. Rendering-only tasks (layout, paint) are the page's and are not counted. A task's length is
 * its THREAD time (the trace's tdur), not its wall time: on a loaded machine a 20 ms task that the OS
 * preempts can span 90 ms of wall time, and that is the machine, not the extension. The page's own
 * PerformanceObserver('longtask') measures wall time and misses isolated-world tasks (measured: usually the
 * content script's first one), so it is printed with the trace for diagnosis but does not decide.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { chromiumPath, launchWithExtension } from '../support/chromium';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { cardFrame, readCard } from './support/card';

const LONG_MS = 50;
const SETTLE_MS = 2500;

let server: StaticServer;
let other: StaticServer; // a second origin: the same files on another port

test.beforeAll(async () => {
  server = await startStaticServer('tests/fixtures');
  other = await startStaticServer('tests/fixtures');
  server.routes.set('/hostile/generated/huge-text.html', { type: 'text/html; charset=utf-8', body: hugeTextPage() });
  server.routes.set('/hostile/generated/many-elements.html', { type: 'text/html; charset=utf-8', body: manyElementsPage() });
});
test.afterAll(async () => {
  await server?.close();
  await other?.close();
});

// ---------------------------------------------------------------------------------------------------------
// Generated pages (kept out of the repository)

const FILLER = (i: number) =>
  `The council debated item ${i} of the harbour budget at length, with long speeches about dredging, ferries, fares and the cost of borrowing over the coming decade. `;
const HUGE_FIRST_QUOTE = 'We will keep the port open, whatever it costs, in year 0,';

/** About 5 MB of article text in 1,050 long paragraphs, a quote by an official in every fifth one. */
function hugeTextPage(): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let k = 0; size < 5_200_000; k++) {
    const quote = k % 5 === 0 ? `“We will keep the port open, whatever it costs, in year ${k},” Finance Minister Clara Webb said on Tuesday. ` : '';
    const body = quote + Array.from({ length: 32 }, (_, j) => FILLER(k * 32 + j)).join('');
    size += body.length;
    paragraphs.push(`<p>${body}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge | Big Gazette</title></head><body><main><article>
<h1>Finance Minister Clara Webb Defends the Longest Budget Ever Printed</h1>
${paragraphs.join('\n')}
</article></main></body></html>`;
}

/** 50,000 elements: 10,000 paragraphs of five elements each, a quote in every twentieth. */
function manyElementsPage(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const lead = i % 20 === 0 ? `“Item ${i} stays in the budget,” Finance Minister Clara Webb said.` : `Item ${i} was debated.`;
    paragraphs.push(`<p><span>${lead}</span> <b>Cost</b> <i>noted</i> <a href="#i${i}">link</a></p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many | Big Gazette</title></head><body><main><article>
<h1>Finance Minister Clara Webb Lists Every Budget Item</h1>
${paragraphs.join('\n')}
</article></main></body></html>`;
}

// ---------------------------------------------------------------------------------------------------------
// Measuring one page in one browser

interface Task {
  start: number;
  dur: number;
  script: number;
}
interface Measured {
  /** PerformanceObserver('longtask') entries: [startTime, duration]. */
  observed: Array<[number, number]>;
  /** Long tasks of the page's main thread from the DevTools trace (ms), with how much of each ran script. */
  traced: Task[];
  dom: { same: boolean; before: number; after: number; firstDifference: number };
}

/** Installed before any page script: the long-task observer and the body as served. */
function installProbes() {
  const PROBE_MARK = 'onrecord-test-probe';
  const w = window as unknown as { __longtasks: Array<[number, number]>; __before: string | null };
  w.__longtasks = [];
  w.__before = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  // The snapshot of a 5 MB body is itself a long script task: the trace mark lets the count leave it out.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      console.timeStamp(PROBE_MARK);
      w.__before = document.body.outerHTML;
    },
    { once: true },
  );
}

/** Runs expressions through the DevTools protocol: in the main world, or in a fresh isolated world the page cannot have tampered with. */
class Probe {
  private world = 0;
  constructor(readonly session: CDPSession) {}
  static async attach(page: Page): Promise<Probe> {
    return new Probe(await page.context().newCDPSession(page));
  }
  async clean<T>(expression: string): Promise<T> {
    if (!this.world) {
      const { frameTree } = (await this.session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const created = (await this.session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'onrecord-test-probe' })) as {
        executionContextId: number;
      };
      this.world = created.executionContextId;
    }
    return this.run<T>(expression, this.world);
  }
  async main<T>(expression: string): Promise<T> {
    return this.run<T>(expression);
  }
  private async run<T>(expression: string, contextId?: number): Promise<T> {
    const r = (await this.session.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, ...(contextId ? { contextId } : {}) })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`${r.exceptionDetails.text}: ${r.exceptionDetails.exception?.description ?? ''}\n${expression}`);
    return r.result.value as T;
  }
  /** The page's navigation reset the world. */
  forget(): void {
    this.world = 0;
  }
}

const highlightTexts = (probe: Probe, name = 'onrecord-quote') =>
  probe.clean<string[]>(`[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((r) => r.toString())`);
const stripMarks = (s: string) => s.replace(/^[“"«]|[”"»]$/g, '');

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown> & { name?: string; beginData?: { url?: string }; data?: { url?: string; message?: string } };
}

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.evaluateModule',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'V8.Execute',
  'v8.run',
  'v8.callFunction',
]);

/** Long tasks on the renderer main thread that parsed the page at `origin`. */
function longTasksOf(events: TraceEvent[], origin: string): Task[] {
  const pids = new Set(events.filter((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(origin)).map((e) => e.pid));
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The test's own snapshot task (see installProbes) is neither the page's nor the extension's.
  const probes = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'onrecord-test-probe' && mains.has(`${e.pid}:${e.tid}`))
    .map((e) => e.ts);
  const tasks: Task[] = [];
  let end = -1;
  for (const t of onMain) {
    if (!TASK_EVENTS.has(t.name) || t.ts < end) continue; // outermost tasks only
    if (probes.some((ts) => ts >= t.ts && ts <= t.ts + t.dur!)) {
      end = t.ts + t.dur!;
      continue;
    }
    end = t.ts + t.dur!;
    // Thread time where the trace has it (it does for tasks on Chromium's main thread).
    const thread = t.tdur ?? t.dur!;
    if (thread <= LONG_MS * 1000) continue;
    // The part of the task that ran script (nested script events merged).
    let script = 0;
    let reach = t.ts;
    for (const s of onMain) {
      if (s.ts >= end) break;
      if (s.ts < t.ts || !SCRIPT_EVENTS.has(s.name)) continue;
      const from = Math.max(s.ts, reach);
      const to = Math.min(s.ts + s.dur!, end);
      if (to > from) script += to - from;
      reach = Math.max(reach, to);
    }
    // The script share is measured on the wall clock and applied to the thread time.
    const share = t.dur! > 0 ? script / t.dur! : 0;
    tasks.push({ start: Math.round(t.ts / 1000), dur: Math.round(thread / 1000), script: Math.round((share * thread) / 1000) });
  }
  return tasks;
}

async function launch(extension: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (extension) {
    const { context } = await launchWithExtension();
    return { context, close: () => context.close() };
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, close: () => browser.close() };
}

interface MeasureOptions {
  /** Wait for OnRecord's quote highlights (pages with quotes), else just settle. */
  quotes: boolean;
  /** Page-specific checks, run in the extension run while the page is open. */
  check?: (page: Page, probe: Probe) => Promise<void>;
  /**
   * Set when the body changes after DOMContentLoaded (the test types or appends): names the part that must stay
   * unchanged, and the page's `check` compares it itself instead of the whole body.
   */
  stablePart?: string;
}

async function measure(url: string, extension: boolean, opts: MeasureOptions): Promise<Measured> {
  const { context, close } = await launch(extension);
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    const probe = await Probe.attach(page);
    const events: TraceEvent[] = [];
    probe.session.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await probe.session.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute',
      transferMode: 'ReportEvents',
    } as never);
    await page.goto(url);
    probe.forget();
    if (extension && opts.quotes) await expect.poll(() => probe.clean<boolean>(`CSS.highlights.has('onrecord-quote')`), { timeout: 60_000 }).toBe(true);
    await page.waitForTimeout(SETTLE_MS);
    if (extension && opts.check) await opts.check(page, probe);
    const done = new Promise((r) => probe.session.once('Tracing.tracingComplete', r));
    await probe.session.send('Tracing.end');
    await done;
    const observed = await probe.main<Array<[number, number]>>('window.__longtasks');
    const dom = await probe.main<Measured['dom']>(`(() => {
      const before = window.__before ?? '';
      const after = document.body.outerHTML;
      let i = 0;
      while (i < before.length && before.charCodeAt(i) === after.charCodeAt(i)) i++;
      return { same: before === after, before: before.length, after: after.length, firstDifference: before === after ? -1 : i };
    })()`);
    return { observed, traced: longTasksOf(events, new URL(url).origin), dom };
  } finally {
    await close();
  }
}

/**
 * The long tasks of the extension run that the run without it does not explain. A task of the plain run
 * explains one of the extension run if it is at most 50 ms shorter; tasks are paired longest first.
 */
function unexplained<T>(withExt: T[], without: T[], dur: (t: T) => number): T[] {
  const pool = [...without].sort((a, b) => dur(a) - dur(b));
  const out: T[] = [];
  for (const t of [...withExt].sort((a, b) => dur(b) - dur(a))) {
    const i = pool.findIndex((b) => dur(b) + LONG_MS >= dur(t));
    if (i >= 0) pool.splice(i, 1);
    else out.push(t);
  }
  return out;
}

const scriptTasks = (tasks: Task[]) => tasks.filter((t) => t.script * 2 >= t.dur);

/**
 * Runs the page without, then with the extension. A long task in one extension run can be noise on a
 * loaded two-core machine, so when a run has unexplained long tasks the page is run once more and the
 * better run is judged: what the extension really causes shows up in both.
 */
async function checkPage(path: string, opts: MeasureOptions): Promise<void> {
  const url = server.url(path);
  const plain = await measure(url, false, opts);
  if (!opts.stablePart) expect(plain.dom.same, 'the page changes itself: the DOM comparison would mean nothing').toBe(true);
  let best: { run: Measured; traced: Task[]; worst: number } | null = null;
  for (let attempt = 0; attempt < 2 && (!best || best.worst > 0); attempt++) {
    const run = await measure(url, true, opts);
    // (b) the body is as served, in every run.
    if (!opts.stablePart) expect.soft(run.dom, 'body.outerHTML after the extension worked, compared with DOMContentLoaded').toMatchObject({ same: true });
    const traced = unexplained(scriptTasks(run.traced), scriptTasks(plain.traced), (t) => t.dur);
    const worst = Math.max(0, ...traced.map((t) => t.dur));
    if (!best || worst < best.worst) best = { run, traced, worst };
  }
  const report = JSON.stringify({
    plain: { observed: plain.observed, traced: plain.traced },
    withExtension: { observed: best!.run.observed, traced: best!.run.traced },
  });
  if (process.env.HOSTILE_DEBUG) console.log(path, report);
  // (a) no long task the extension adds.
  expect.soft(best!.traced, `long script tasks (DevTools trace, thread time) only with the extension; all long tasks: ${report}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------
// The pages

test.describe.configure({ timeout: 180_000 });

test('5 MB of article text: no long task, DOM unchanged', async () => {
  await checkPage('/hostile/generated/huge-text.html', {
    quotes: true,
    check: async (_page, probe) => {
      const quotes = (await highlightTexts(probe)).map(stripMarks);
      expect(quotes[0]).toBe(HUGE_FIRST_QUOTE);
      expect(quotes.length).toBeGreaterThan(100);
    },
  });
});

test('50,000 elements: no long task, DOM unchanged', async () => {
  await checkPage('/hostile/generated/many-elements.html', {
    quotes: true,
    check: async (_page, probe) => {
      expect(await probe.clean<number>(`document.getElementsByTagName('*').length`)).toBeGreaterThan(50_000);
      expect((await highlightTexts(probe)).map(stripMarks)[0]).toBe('Item 0 stays in the budget,');
    },
  });
});

test('DOM nesting 5,000 deep: quotes at every depth, no long task, DOM unchanged', async () => {
  await checkPage('/hostile/deep-nesting.html', {
    quotes: true,
    check: async (_page, probe) => {
      expect(
        await probe.clean<number>(
          `(() => { let d = 0; for (let n = document.querySelector('#deep'); n.firstElementChild; n = n.firstElementChild) d++; return d; })()`,
        ),
      ).toBeGreaterThanOrEqual(5000);
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual([
        'Every town will have a police station again,',
        'This statement sits five thousand elements deep,',
        'The review will report before the summer,',
      ]);
    },
  });
});

test('quotes inside display: contents wrappers are read like any other', async () => {
  await checkPage('/hostile/display-contents.html', {
    quotes: true,
    check: async (_page, probe) => {
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual([
        'Every ship will be inspected by the end of the year,',
        'No sailor will go to sea on an unsafe ship,',
        'The review will be published in full,',
      ]);
    },
  });
});

test('same-origin, srcdoc and cross-origin iframes: the top frame only', async () => {
  const cross = other.origin;
  await checkPage(`/hostile/iframes.html?cross=${encodeURIComponent(cross)}`, {
    quotes: true,
    check: async (page, probe) => {
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual([
        'This budget keeps the port open and the ferries running,',
        'Nobody will pay more for the ferry this year,',
      ]);
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      expect(frames.map((f) => f.url()).sort()).toEqual(
        [server.url('/hostile/frame-article.html'), other.url('/hostile/frame-article.html'), 'about:srcdoc'].sort(),
      );
      for (const frame of frames) {
        await frame.waitForLoadState('load');
        // The frames do hold quotes by officials: the extension would find them if it ran there.
        expect(await frame.evaluate(() => document.querySelectorAll('article p').length)).toBeGreaterThan(1);
        const inside = await frame.evaluate(() => ({ highlights: [...CSS.highlights.keys()], card: document.querySelector('onrecord-card') !== null }));
        expect(inside, `highlights inside ${frame.url()}`).toEqual({ highlights: [], card: false });
      }
    },
  });
});

test('open shadow roots: no crash, the light-DOM article still works', async () => {
  await checkPage('/hostile/shadow.html', {
    quotes: true,
    check: async (page, probe) => {
      const shadowBefore = await probe.clean<string[]>(
        `[document.getElementById('declarative').shadowRoot.innerHTML, document.getElementById('scripted').shadowRoot.innerHTML]`,
      );
      const quotes = (await highlightTexts(probe)).map(stripMarks);
      expect(quotes).toEqual(
        expect.arrayContaining([
          'Every patient will be seen within eighteen weeks,',
          'The plan is fully funded from next April,',
          'We will publish the figures every month,',
        ]),
      );
      // Every range is a live range of this document or of one of its shadow roots, never a detached one.
      expect(
        await probe.clean<boolean>(`[...CSS.highlights.get('onrecord-quote')].every((r) => r.startContainer.isConnected && r.endContainer.isConnected)`),
      ).toBe(true);
      // The card opens on a light-DOM quote.
      await hoverFirstQuote(page, probe);
      await expect.poll(() => readCard(page)).toContain('Every patient will be seen within eighteen weeks');
      await page.keyboard.press('Escape');
      expect(
        await probe.clean<string[]>(`[document.getElementById('declarative').shadowRoot.innerHTML, document.getElementById('scripted').shadowRoot.innerHTML]`),
      ).toEqual(shadowBefore);
    },
  });
});

test('contenteditable editors and textareas are never highlighted, even after typing', async () => {
  const EDITABLE = `[contenteditable]:not([contenteditable="false"]), textarea`;
  const rangesInEditors = (probe: Probe) =>
    probe.clean<string[]>(`['onrecord-quote', 'onrecord-official', 'onrecord-saved'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])])
      .filter((r) => [r.startContainer, r.endContainer].some((c) => (c.nodeType === 1 ? c : c.parentElement).closest(${JSON.stringify(EDITABLE)})))
      .map((r) => r.toString())`);
  await checkPage('/hostile/editor.html', {
    quotes: true,
    stablePart: 'article outside the editors, after the test typed',
    check: async (page, probe) => {
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual([
        'The new exams are fairer to every pupil,',
        'We listened to the teachers and changed the timetable,',
      ]);
      expect(await rangesInEditors(probe)).toEqual([]);
      expect(await probe.main<boolean>(`window.__before === document.body.outerHTML`)).toBe(true);
      // A writer types a new quote into an editor, and the newsroom adds one to the article: the
      // extension reads the page again, highlights the article's new quote and still none in the editors.
      await page.click('#editor-true p');
      await page.keyboard.press('End');
      await page.keyboard.type(' “Typed into the editor after load,” Rudd said.');
      await probe.main(`(() => {
        const p = document.createElement('p');
        p.textContent = '\\u201cA paragraph the newsroom added later,\\u201d Education Minister Tomas Rudd said.';
        document.querySelector('article').insertBefore(p, document.querySelector('article > p:last-of-type'));
      })()`);
      const mid = await probe.main<string>(`document.body.outerHTML`);
      await expect.poll(async () => (await highlightTexts(probe)).map(stripMarks), { timeout: 10_000 }).toContain('A paragraph the newsroom added later,');
      expect(await rangesInEditors(probe)).toEqual([]);
      expect(await probe.main<string>(`document.body.outerHTML`)).toBe(mid);
    },
  });
});

test('a right-to-left Arabic article with «» quotes: highlighted, and the card opens rtl', async () => {
  await checkPage('/hostile/rtl.html', {
    quotes: true,
    check: async (page, probe) => {
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual(['الباب أمام الحوار ما زال مفتوحا', 'لن نتخلى عن طاولة المفاوضات مهما طال الوقت']);
      await hoverFirstQuote(page, probe);
      await expect.poll(() => readCard(page)).toContain('الباب أمام الحوار');
      expect(await cardDirection(page)).toBe('rtl');
    },
  });
});

test("the page's own CSS highlights survive the extension, and the page's do not break it", async () => {
  await checkPage('/hostile/page-highlights.html', {
    quotes: true,
    stablePart: 'body, before the test appends a paragraph',
    check: async (_page, probe) => {
      const expected = ['The grid will be ready for every new wind farm by 2030,', 'We will not let the lights go out again,'];
      // Registered before the extension ran: still there, the same object, the same range.
      expect(
        await probe.main<{ same: boolean; ranges: string[] }>(
          `({ same: CSS.highlights.get('page-hl') === window.pageHighlight, ranges: [...window.pageHighlight].map((r) => r.toString()) })`,
        ),
      ).toEqual({
        same: true,
        ranges: ['energy ministry'],
      });
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual(expected);
      expect(await probe.main<boolean>(`window.__before === document.body.outerHTML`)).toBe(true);
      // The page registers again, and another highlight, after the extension ran.
      await probe.main(`window.registerAgain()`);
      // The newsroom adds a paragraph: the extension reads the page again and re-registers its own highlights.
      await probe.main(`(() => {
        const p = document.createElement('p');
        p.textContent = '\\u201cPrices will fall when the new lines open,\\u201d Ekstr\\u00f6m said.';
        document.querySelector('article').append(p);
      })()`);
      await expect
        .poll(async () => (await highlightTexts(probe)).map(stripMarks), { timeout: 10_000 })
        .toEqual([...expected, 'Prices will fall when the new lines open,']);
      expect(
        await probe.main<unknown>(`({
        hl: CSS.highlights.get('page-hl') === window.pageHighlight, hlRanges: [...window.pageHighlight].map((r) => r.toString()),
        late: CSS.highlights.get('page-hl-late') === window.lateHighlight, lateRanges: [...window.lateHighlight].map((r) => r.toString()),
      })`),
      ).toEqual({ hl: true, hlRanges: ['energy ministry', 'Industry groups'], late: true, lateRanges: ['welcomed'] });
    },
  });
});

test('built-ins the page replaced before the extension ran do not reach it', async () => {
  await checkPage('/hostile/overrides.html', {
    quotes: true,
    check: async (page, probe) => {
      // The overrides are in place in the page's world.
      expect(await probe.main<string>(`(() => { try { [1].map((x) => x); return 'map works'; } catch (e) { return String(e.message); } })()`)).toBe(
        'page override: Array.prototype.map',
      );
      expect(await probe.main<string>(`JSON.stringify({ a: 1 })`)).toBe('{"lie":true}');
      expect((await highlightTexts(probe)).map(stripMarks)).toEqual([
        'The figures are final and nothing will change them,',
        'We will not be rushed by anyone, least of all by the markets,',
      ]);
      expect(await highlightTexts(probe, 'onrecord-official')).toEqual(expect.arrayContaining(['Clara Webb', 'Webb']));
      // The card mounts (appendChild, attachShadow and getBoundingClientRect are the page's lies) and sits by its
      // quote (beside, above or just below it; see content/card/placement), clear of the quote's first line.
      await hoverFirstQuote(page, probe);
      await expect.poll(() => readCard(page)).toMatch(/Clara Webb .*The figures are final and nothing will change them/);
      const placement = await probe.clean<{ gap: number; overlapsLine: boolean; cardHeight: number }>(`(() => {
        const range = [...CSS.highlights.get('onrecord-quote')][0];
        const quote = range.getBoundingClientRect();
        const line = range.getClientRects()[0];
        const card = document.querySelector('onrecord-card').getBoundingClientRect();
        const gap = Math.max(card.top - quote.bottom, quote.top - card.bottom, card.left - quote.right, quote.left - card.right);
        const overlapsLine = card.left < line.right && line.left < card.right && card.top < line.bottom && line.top < card.bottom;
        return { gap, overlapsLine, cardHeight: card.height };
      })()`);
      expect(placement.cardHeight).toBeGreaterThan(0);
      expect(placement.overlapsLine).toBe(false);
      expect(placement.gap).toBeGreaterThanOrEqual(0);
      // Below, it keeps the two lines after the hovered one clear: by the quote means within a few lines of it.
      expect(placement.gap).toBeLessThan(120);
    },
  });
});

// ---------------------------------------------------------------------------------------------------------

/** Points straight at the first highlighted quote, coordinates read in the clean world. */
async function hoverFirstQuote(page: Page, probe: Probe): Promise<void> {
  const box = await probe.clean<{ x: number; y: number }>(`(() => {
    const range = [...CSS.highlights.get('onrecord-quote')][0];
    range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`);
  await page.mouse.move(box.x, box.y);
}

/** The `dir` of the card's dialog element, read through the closed shadow root. */
async function cardDirection(page: Page): Promise<string | null> {
  // The card is an extension-origin frame: read its direction there, as the browser renders it.
  const frame = cardFrame(page);
  return frame ? frame.locator('.card').getAttribute('dir') : null;
}
