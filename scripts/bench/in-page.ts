/**
 * What Attaché costs a page, measured from Chromium traces (see renderer-trace.ts) with the
 * built extension, on a 30 KB article, a 1 MB and a 10 MB page, and on the article with the
 * site switched off; next to a plain TreeWalker + RegExp + Highlight script and mark.js's
 * `markRegExp` (page-baselines.ts) on the same pages, in the same browser, interleaved round
 * by round so that a spell of load on the machine falls on all of them.
 *
 * A candidate's cost is the CPU time of the renderer main thread's tasks that are its own:
 * those that ran its script (the pages have none of their own, and the style and layout
 * updates it forced there count) and the frames from its first highlight on, less their style
 * and layout updates (painting what it registered, and for Attaché computing its
 * IntersectionObserver's intersections; a long page may still be laying itself out then,
 * which is the page's cost, and mark.js's layout after its DOM changes falls out with it). The content script runs in an isolated world no page observer sees,
 * which is why this reads traces. Times to highlights run from DOMContentLoaded to the end of
 * the first frame after the highlights were registered (the content script's `first-highlight`
 * and `highlighted` milestones, whichever is later for all, since its observer may report the
 * mentions near the viewport after the read is done; the baselines' own). Long tasks are judged by their CPU time,
 * with their wall time beside it: on a machine shared with other work, wall time stretches with
 * the load. BENCH_ROUNDS sets the number of rounds (3), BENCH_PAGES how many of the pages to
 * run (all), BENCH_TRACE_DIR a directory to keep each run's trace in, for DevTools.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../harness/browser/build-extension';
import { inContentWorld } from '../../harness/browser/content-world';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages } from '../../harness/browser/serve-pages';
import { execFileSync } from 'node:child_process';
import { benchPage } from './bench-page';
import { fmt, MB } from './measure';
import { markJsBaseline, plainBaseline } from './page-baselines';
import { pageTrace, paintedAfter, PROBE_STAMP, type MainTask, type PageTrace, type TraceEvent } from './renderer-trace';
import { startTrace } from './renderer-trace';
import type { BenchSection } from './section';

const ALL_PAGES = [
  { name: '30 KB article', size: 30 * 1024 },
  { name: '1 MB page', size: 1 * MB },
  { name: '10 MB page', size: 10 * MB },
];
const PAGES = ALL_PAGES.slice(0, Number(process.env.BENCH_PAGES ?? ALL_PAGES.length));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** After a candidate is done, the trace runs on this long: observer frames and reports that follow are its cost too. */
const TRAILING_MS = 1000;
const DEADLINE_MS = 300_000;
/** Where to keep each run's trace, for DevTools' performance panel (BENCH_TRACE_DIR; none by default). */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } };

interface Corpus {
  entities: { id: string; name: string; aliases: string[] }[];
}

type Candidate = 'attache' | 'off' | 'plain' | 'markjs';
const LABEL: Record<Candidate, string> = {
  attache: 'Attaché',
  off: 'Attaché, site switched off',
  plain: 'plain TreeWalker+RegExp+Highlight',
  markjs: 'mark.js markRegExp',
};

interface Run {
  cpuMs: number;
  longestCpuMs: number;
  /** Wall time of the longest task (by CPU). */
  longestWallMs: number;
  over50: number;
  gcMs: number;
  /** Style and layout updates forced in its script tasks. */
  layoutMs: number;
  tasks: number;
  /** DOMContentLoaded to the first highlight painted, and to all. */
  firstMs: number;
  allMs: number;
  /** Attaché: from the content script's start to its first highlight painted. */
  startToFirstMs: number;
  /** Attaché: from the recogniser's arrival to its being ready (its `recognizer-loaded` and `recognizer-built` milestones). */
  readyMs: number;
  found: number;
}

interface Marks {
  /** performance.now() of the candidate's start (Attaché: its content script's), first highlight and end; undefined when it has none. */
  start?: number;
  ready?: number;
  first?: number;
  done?: number;
  found?: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** Evaluates in the page's own world through the DevTools protocol, bypassing the helpers Playwright would inject. */
async function inPageWorld<T>(page: Page, expression: string): Promise<T | undefined> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const answer = (await (await session).send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: T } };
  return answer.result.value;
}

const stamped = (expression: string) => `(console.timeStamp(${JSON.stringify(PROBE_STAMP)}), ${expression})`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the candidate is done, and returns its milestones. */
async function waitFor(page: Page, candidate: Candidate): Promise<Marks> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${LABEL[candidate]} was not done within ${DEADLINE_MS / 1000} s`);
    if (candidate === 'plain' || candidate === 'markjs') {
      const bench = await inPageWorld<{ first: number; done: number; found: number }>(page, stamped('window.__bench'));
      if (bench) return { start: bench.first, ...bench };
    } else {
      const marks = await inContentWorld<Record<string, number>>(page, stamped('globalThis.attacheInPage?.marks'));
      if (candidate === 'off' && marks?.loaded !== undefined) {
        // Off: the settings are read and nothing else happens; give it the time to prove that.
        await sleep(TRAILING_MS);
        const later = await inContentWorld<Record<string, number>>(page, stamped('globalThis.attacheInPage.marks'));
        if (later?.start !== undefined) throw new Error('Attaché started on a site switched off');
        return { start: later?.loaded };
      }
      if (marks?.highlighted !== undefined) {
        return { start: marks.loaded, ready: marks['recognizer-built']! - marks['recognizer-loaded']!, first: marks['first-highlight'], done: marks.highlighted };
      }
    }
    await sleep(200);
  }
}

/**
 * The candidate's own tasks (see the file's comment), from the first that entered its script
 * (`scriptPrefix`: the content script's or the page's URL) on: earlier script tasks set up the
 * page's own world.
 */
function ownTasks(trace: PageTrace, scriptPrefix: string, firstHighlightMs: number | undefined): MainTask[] {
  const from = trace.tasks.findIndex((t) => t.scriptUrls.some((u) => u.startsWith(scriptPrefix)));
  if (from < 0) throw new Error(`the trace shows no task running ${scriptPrefix}`);
  return trace.tasks
    .slice(from)
    .filter((t) => !t.probe && (t.script || (t.frame && firstHighlightMs !== undefined && t.startMs >= firstHighlightMs)))
    .map((t) => (t.script ? t : { ...t, cpuMs: t.cpuMs - t.layoutMs, layoutMs: 0 }));
}

async function measure(page: Page, url: string, candidate: Candidate): Promise<Run> {
  const recording = await startTrace(page);
  let events: TraceEvent[];
  let marks: Marks;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: DEADLINE_MS });
    marks = await waitFor(page, candidate);
    await sleep(TRAILING_MS);
    if (candidate === 'attache') {
      // The observer may report the first mentions near the viewport only after the read is done.
      const later = await inContentWorld<Record<string, number>>(page, stamped('globalThis.attacheInPage.marks'));
      marks.first = later?.['first-highlight'];
    }
  } finally {
    events = await recording.stop();
  }
  if (TRACE_DIR) writeFileSync(join(TRACE_DIR, `${candidate}-${url.replace(/\W+/g, '_').slice(-40)}-${Date.now()}.json`), JSON.stringify({ traceEvents: events }));
  const trace = pageTrace(events, url);
  const dclNow = await inPageWorld<number>(page, "performance.getEntriesByType('navigation')[0].domContentLoadedEventStart");
  if (dclNow === undefined) throw new Error(`no navigation timing on ${url}`);
  // performance.now() of the page (and of the content script's world, which shares its clock) to trace time.
  const toTrace = (now: number | undefined) => (now === undefined ? undefined : now + trace.domContentLoadedMs - dclNow);
  const first = toTrace(marks.first);
  const tasks = ownTasks(trace, candidate === 'attache' || candidate === 'off' ? 'chrome-extension://' : url, first);
  const longest = tasks.reduce<MainTask | undefined>((a, t) => (!a || t.cpuMs > a.cpuMs ? t : a), undefined);
  const firstPainted = first === undefined ? NaN : (paintedAfter(trace, first) ?? NaN);
  const last = marks.done === undefined ? undefined : Math.max(marks.done, marks.first ?? -Infinity);
  const allPainted = last === undefined ? NaN : (paintedAfter(trace, toTrace(last)!) ?? NaN);
  return {
    cpuMs: tasks.reduce((n, t) => n + t.cpuMs, 0),
    longestCpuMs: longest?.cpuMs ?? 0,
    longestWallMs: longest?.wallMs ?? 0,
    over50: tasks.filter((t) => t.cpuMs > 50).length,
    gcMs: tasks.reduce((n, t) => n + t.gcMs, 0),
    layoutMs: tasks.reduce((n, t) => n + t.layoutMs, 0),
    tasks: tasks.length,
    firstMs: firstPainted - trace.domContentLoadedMs,
    allMs: allPainted - trace.domContentLoadedMs,
    startToFirstMs: firstPainted - (toTrace(marks.start) ?? NaN),
    readyMs: marks.ready ?? NaN,
    found: marks.found ?? NaN,
  };
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

function summary(runs: Run[]): Run {
  const keys = Object.keys(runs[0]!) as (keyof Run)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Run;
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : fmt(v, 1));

function printTable(rows: [Candidate, Run[]][]): void {
  console.log(`  ${'candidate'.padEnd(36)}${'CPU ms'.padStart(9)}${'longest task ms'.padStart(22)}${'(wall)'.padStart(9)}${'>50ms'.padStart(7)}${'GC ms'.padStart(8)}${'layout ms'.padStart(10)}${'DCL→first'.padStart(11)}${'DCL→all'.padStart(10)}`);
  for (const [candidate, runs] of rows) {
    const s = summary(runs);
    const worst = Math.max(...runs.map((r) => r.longestCpuMs));
    console.log(
      `  ${LABEL[candidate].padEnd(36)}${ms(s.cpuMs).padStart(9)}${`${ms(s.longestCpuMs)} (max ${ms(worst)})`.padStart(22)}${ms(s.longestWallMs).padStart(9)}${String(Math.max(...runs.map((r) => r.over50))).padStart(7)}${ms(s.gcMs).padStart(8)}${ms(s.layoutMs).padStart(10)}${ms(s.firstMs).padStart(11)}${ms(s.allMs).padStart(10)}`,
    );
  }
}

function goal(text: string, measured: number, limit: number, unit = 'ms'): void {
  const met = measured <= limit;
  console.log(`  goal ${text}: ${fmt(measured, unit === 'x' ? 2 : 1)}${unit === 'x' ? 'x' : ' ms'} (limit ${limit}${unit === 'x' ? 'x' : ' ms'}) ${met ? 'met' : 'NOT MET'}`);
}

/** Builds the Chrome extension only (the Firefox build the tests also need is no concern here). */
function buildChromeExtension(): void {
  execFileSync(process.execPath, ['node_modules/.bin/wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  readFileSync(join(EXTENSION_DIR, 'manifest.json'));
}

async function run(): Promise<void> {
  const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
  const terms = [...new Set(corpus.entities.flatMap((e) => [e.name, ...e.aliases]))];
  if (terms.length === 0) {
    console.log('public/corpus.json has no entities (run `npm run corpus`): section skipped');
    return;
  }
  buildChromeExtension();
  // Attaché's pages are served over http (its content script runs there); the baselines' are
  // files, where it does not run, so their traces hold their own scripts only.
  const served: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-pages-'));
  const urls = PAGES.map((p, i) => {
    served[`/page-${i}.html`] = benchPage(p.size, terms, 2015 + i);
    const files = { plain: join(dir, `plain-${i}.html`), markjs: join(dir, `markjs-${i}.html`) };
    writeFileSync(files.plain, benchPage(p.size, terms, 2015 + i, plainBaseline(terms)));
    writeFileSync(files.markjs, benchPage(p.size, terms, 2015 + i, markJsBaseline(terms)));
    return { served: `/page-${i}.html`, plain: pathToFileURL(files.plain).href, markjs: pathToFileURL(files.markjs).href };
  });
  const server = await servePages(served);
  let browser: ExtensionBrowser | undefined;
  const results = PAGES.map(() => new Map<Candidate, Run[]>());
  try {
    browser = await launchExtensionBrowser();
    const page = await browser.context.newPage();
    const setOff = (off: boolean) =>
      browser!.serviceWorker.evaluate((sites) => (sites.length ? chrome.storage.local.set({ settings: { disabledSites: sites } }) : chrome.storage.local.remove('settings')), off ? ['127.0.0.1'] : []);
    console.log(`terms: ${terms.length} names and aliases of ${corpus.entities.length} entities; ${ROUNDS} rounds (BENCH_ROUNDS), medians shown`);
    console.log(`load average ${loadavg().map((l) => fmt(l, 1)).join(' ')} on ${cpus().length} CPUs (CPU times are the thread's own; wall times stretch with load)`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, p] of PAGES.entries()) {
        const candidates: [Candidate, string][] = [
          ['attache', server.url + urls[i]!.served.slice(1)],
          ...(i === 0 ? [['off', server.url + urls[i]!.served.slice(1)] as [Candidate, string]] : []),
          ['plain', urls[i]!.plain],
          ['markjs', urls[i]!.markjs],
        ];
        for (const [candidate, url] of candidates) {
          await setOff(candidate === 'off');
          const r = await measure(page, url, candidate);
          const list = results[i]!.get(candidate) ?? [];
          list.push(r);
          results[i]!.set(candidate, list);
          await page.goto('about:blank');
        }
        process.stderr.write(`round ${round + 1}: ${p.name} done\n`);
      }
    }
    await setOff(false);
  } finally {
    await browser?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [i, p] of PAGES.entries()) {
    console.log(`\n-- ${p.name} --`);
    const rows = [...results[i]!.entries()];
    printTable(rows);
    const a = summary(results[i]!.get('attache')!);
    const plain = summary(results[i]!.get('plain')!);
    const mark = summary(results[i]!.get('markjs')!);
    const worst = Math.max(...results[i]!.get('attache')!.map((r) => r.longestCpuMs));
    console.log(`  Attaché: content script start → first highlight painted ${ms(a.startToFirstMs)} ms; recogniser ready ${ms(a.readyMs)} ms after it arrived; ${ms(a.tasks)} tasks`);
    console.log(`  ratios Attaché / plain: CPU ${fmt(a.cpuMs / plain.cpuMs, 2)}x, DCL→all ${fmt(a.allMs / plain.allMs, 2)}x; mark.js / Attaché: CPU ${fmt(mark.cpuMs / a.cpuMs, 2)}x, DCL→all ${fmt(mark.allMs / a.allMs, 2)}x`);
    if (i === 0) {
      const off = summary(results[i]!.get('off')!);
      goal("Attaché's main-thread CPU <= 15 ms", a.cpuMs, 15);
      goal('no Attaché task over 50 ms (worst run)', worst, 50);
      goal('first highlight painted <= 50 ms after the content script starts', a.startToFirstMs, 50);
      goal('a switched-off site <= 2 ms', off.cpuMs, 2);
    } else if (i === 1) {
      goal('all highlights painted within 1.5x of the plain baseline (DCL→all)', a.allMs / plain.allMs, 1.5, 'x');
      goal('no Attaché task over 50 ms (worst run)', worst, 50);
    } else {
      goal('no Attaché task over 50 ms (worst run)', worst, 50);
      goal('total CPU within 2x of the plain baseline', a.cpuMs / plain.cpuMs, 2, 'x');
    }
  }
}

export const inPageBench: BenchSection = { name: 'in-page', run };
