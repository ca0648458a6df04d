/**
 * In-page recognition in real Chromium with the built extension, on a 1 MB-text and a
 * 10 MB-text page:
 * - time from the content script's start to its highlights (the `start` and `highlighted`
 *   milestones it records in its own world, read through the DevTools protocol: performance
 *   marks would show in the page's timeline);
 * - the longest main-thread task meanwhile (a long-task observer the page registers before
 *   anything runs; goal: none over 50 ms);
 * - mark.js (node_modules/mark.js) highlighting the same terms, every name and alias of the
 *   corpus, with `markRegExp` and one RegExp of all of them, on the same page with Attaché
 *   switched off for the site: the ratio of the two times. mark.js's time is extrapolated from
 *   part of the page when the whole would take long (see measureMarkJs).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import buildExtension from '../../harness/browser/build-extension';
import { inContentWorld } from '../../harness/browser/content-world';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages } from '../../harness/browser/serve-pages';
import { benchPage } from './bench-page';
import { fmt, MB } from './measure';
import type { BenchSection } from './section';

const SIZES = [1 * MB, 10 * MB];
const MARK_JS = 'node_modules/mark.js/dist/mark.min.js';
const MARK_JS_BUDGET_MS = 10_000;

interface Corpus {
  entities: { id: string; name: string; aliases: string[] }[];
}

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } };

interface AttacheRun {
  startedMs: number;
  /** From the content script's start to its highlights. */
  scanMs: number;
  /** The phases of that time: asking for the matcher, building the recogniser, scanning. */
  recognizerMs: number;
  buildMs: number;
  readMs: number;
  longestTaskMs: number;
  longTasksOver50: number;
  /** The longest task while reading the page, after the recogniser was built. */
  longestReadTaskMs: number;
  painted: number;
}

async function measureAttache(page: Page, url: string): Promise<AttacheRun> {
  await page.goto(url, { timeout: 120_000 });
  const probe = () =>
    inContentWorld<{ marks: Record<string, number>; painted: number }>(
      page,
      `(() => {
        const probe = globalThis.attacheInPage;
        if (!probe) return undefined;
        let painted = 0;
        for (const name of Object.values(probe.names.highlights)) painted += CSS.highlights.get(name)?.size ?? 0;
        return { marks: probe.marks, painted };
      })()`,
    );
  const deadline = Date.now() + 300_000;
  let seen = await probe();
  while (seen?.marks.highlighted === undefined) {
    if (Date.now() > deadline) throw new Error(`the content script did not finish highlighting ${url} within 5 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await probe();
  }
  const { start, 'recognizer-loaded': loaded, 'recognizer-built': built, highlighted: done } = seen.marks as Record<string, number>;
  const tasks = await page.evaluate(
    ([from, to]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start + t.duration > from! && t.start < to!),
    [start, done],
  );
  return {
    startedMs: start!,
    scanMs: done! - start!,
    recognizerMs: loaded! - start!,
    buildMs: built! - loaded!,
    readMs: done! - built!,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasksOver50: tasks.filter((t) => t.duration > 50).length,
    longestReadTaskMs: Math.max(0, ...tasks.filter((t) => t.start >= built!).map((t) => t.duration)),
    painted: seen.painted,
  };
}

/** Mentions the page reported, read where the background keeps them for the side panel. */
async function mentionsFound(browser: ExtensionBrowser, url: string): Promise<number> {
  return browser.serviceWorker.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; storage: { session: { get(k: string): Promise<Record<string, { entities: { count: number }[] } | undefined>> } } } }).chrome;
    const [tab] = await api.tabs.query({ url: pageUrl });
    const key = `tabMentions:${tab!.id}`;
    const stored = (await api.storage.session.get(key))[key];
    return (stored?.entities ?? []).reduce((n, e) => n + e.count, 0);
  }, url);
}

interface MarkJsRun {
  ms: number;
  marks: number;
  /** Share of the page's text mark.js went through; its time is extrapolated from there. */
  share: number;
}

/**
 * mark.js marks the article's sections one by one until MARK_JS_BUDGET_MS have passed or the
 * page is done; its time for the whole page is extrapolated linearly from the share of the text
 * it covered. It gets one RegExp of every term, longest first (`mark(terms)` walks the text once
 * per term, and with this many terms its recursion overflows the stack).
 */
async function measureMarkJs(page: Page, url: string, terms: string[]): Promise<MarkJsRun> {
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ content: readFileSync(MARK_JS, 'utf8') });
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = `(^|[^\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  const run = (await page.evaluate(`(async () => {
    const pattern = new RegExp(${JSON.stringify(pattern)}, 'gu');
    const total = document.body.textContent.length;
    let ms = 0, marks = 0, chars = 0;
    for (const section of document.querySelectorAll('section')) {
      if (ms >= ${MARK_JS_BUDGET_MS}) break;
      const t0 = performance.now();
      marks += await new Promise((resolve) => new Mark(section).markRegExp(pattern, { ignoreGroups: 1, done: resolve }));
      ms += performance.now() - t0;
      chars += section.textContent.length;
    }
    return { ms, marks, share: chars / total };
  })()`)) as MarkJsRun;
  return { ...run, ms: run.ms / run.share };
}

async function run(): Promise<void> {
  const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
  const terms = [...new Set(corpus.entities.flatMap((e) => [e.name, ...e.aliases]))];
  if (terms.length === 0) {
    console.log('public/corpus.json has no entities (run `npm run corpus`): section skipped');
    return;
  }
  buildExtension();
  const pages: Record<string, string> = {};
  SIZES.forEach((size, i) => (pages[`/page-${i}.html`] = benchPage(size, terms, 2015 + i)));
  const server = await servePages(pages);
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchExtensionBrowser();
    const page = await browser.context.newPage();
    console.log(`terms: ${terms.length} names and aliases of ${corpus.entities.length} entities`);
    // Long tasks are wall time: on a machine busy with other work, slices stretch.
    console.log(`load average ${loadavg().map((l) => fmt(l, 1)).join(' ')} on ${cpus().length} CPUs`);
    for (const [i, size] of SIZES.entries()) {
      const url = `${server.url}page-${i}.html`;
      const html = pages[`/page-${i}.html`]!;
      await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
      const attache = await measureAttache(page, url);
      // The count reaches the background a moment after the highlights.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const found = await mentionsFound(browser, url);
      // mark.js alone on the page: Attaché is switched off for the site.
      await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }));
      const markJs = await measureMarkJs(page, url, terms);
      console.log(`\n-- ${fmt(size / MB, 0)} MB of text (${fmt(html.length / MB, 1)} MB of HTML) --`);
      console.log(`Attaché: content script started ${fmt(attache.startedMs, 0)} ms after navigation; highlights ${fmt(attache.scanMs, 0)} ms after its start`);
      console.log(`  recogniser from the background ${fmt(attache.recognizerMs, 0)} ms, recogniser built ${fmt(attache.buildMs, 0)} ms, page read and recognised ${fmt(attache.readMs, 0)} ms`);
      console.log(`  ${found} mentions found, ${attache.painted} painted (those near the viewport)`);
      console.log(`longest main-thread task meanwhile: ${fmt(attache.longestTaskMs, 0)} ms (while reading the page: ${fmt(attache.longestReadTaskMs, 0)} ms); tasks over 50 ms: ${attache.longTasksOver50} (goal: none)`);
      const sample = markJs.share < 1 ? `, extrapolated from the first ${fmt(markJs.share * 100, 1)}% of the text (${markJs.marks} marks there)` : ` (${markJs.marks} marks)`;
      console.log(`mark.js markRegExp, same terms and page: ${fmt(markJs.ms, 0)} ms${sample}`);
      console.log(`mark.js markRegExp / Attaché time: ${fmt(markJs.ms / attache.scanMs, 1)}x`);
    }
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  } finally {
    await browser?.close();
    await server.close();
  }
}

export const inPageBench: BenchSection = { name: 'in-page', run };
