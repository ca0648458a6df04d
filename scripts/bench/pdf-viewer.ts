/**
 * The PDF viewer in real Chromium with the built extension, on a generated 300-page report
 * (harness/pdf/text-pdf.ts: 45 lines of text a page, corpus terms planted in it):
 * - when the first highlights are painted and when every page is read and recognised, in ms
 *   since the viewer's navigation (the viewer's own milestones);
 * - the longest main-thread task from navigation to the end of the scan, and how many exceed
 *   50 ms (a long-task observer the viewer registers before anything runs; goal: none);
 * - the longest stretch of recognition work between two yields;
 * - mentions found, and pages read per second.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import buildExtension from '../../harness/browser/build-extension';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';
import { servePages } from '../../harness/browser/serve-pages';
import { textPdf } from '../../harness/pdf/text-pdf';
import { englishText } from './english-text';
import { fmt } from './measure';
import type { BenchSection } from './section';

const PAGES = 300;
const LINES_PER_PAGE = 45;
const LINE_CHARS = 90;

interface Probe {
  milestones: { opened?: number; firstHighlights?: number; scanned?: number; longestScanStepMs?: number; recognizerBuildMs?: number };
  longTasks: { start: number; duration: number }[];
}

/** The report's pages: English-like text with corpus terms (ASCII ones: the writer is ASCII only). */
function reportPages(terms: string[]) {
  // More text than the pages hold: the generator's lines run a little past LINE_CHARS.
  const text = englishText({ seed: 2026, length: PAGES * LINES_PER_PAGE * LINE_CHARS * 1.5, terms, mentionEvery: 600 });
  const lines = text
    .replace(/[^\x20-\x7e\n]/g, ' ')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return Array.from({ length: PAGES }, (_, i) => ({ lines: lines.slice(i * LINES_PER_PAGE, (i + 1) * LINES_PER_PAGE).map((l) => l.slice(0, LINE_CHARS + 20)) }));
}

async function run(): Promise<void> {
  const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as { entities: { name: string; aliases: string[] }[] };
  const terms = [...new Set(corpus.entities.flatMap((e) => [e.name, ...e.aliases]))].filter((t) => /^[\x20-\x7e]+$/.test(t));
  if (terms.length === 0) {
    console.log('public/corpus.json has no entities (run `npm run corpus`): section skipped');
    return;
  }
  buildExtension();
  const pdf = textPdf(reportPages(terms));
  const server = await servePages({ '/report.pdf': pdf });
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchExtensionBrowser();
    const page = await browser.context.newPage();
    console.log(`${PAGES} pages, ${fmt(pdf.length / 1024 / 1024, 1)} MB of PDF`);
    console.log(`load average ${loadavg().map((l) => fmt(l, 1)).join(' ')} on ${cpus().length} CPUs`);
    await page.goto(`chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(`${server.url}report.pdf`)}`);
    // Functions, not strings: the extension page's CSP refuses to evaluate strings. They are
    // anonymous arrows, which tsx leaves unwrapped.
    await page.waitForFunction(() => (window as unknown as { attachePdfViewer?: Probe }).attachePdfViewer?.milestones.scanned !== undefined, undefined, {
      timeout: 600_000,
    });
    const probe = await page.evaluate(() => (window as unknown as { attachePdfViewer: Probe }).attachePdfViewer);
    const status = await page.locator('#pv-status').innerText();
    const { opened, firstHighlights, scanned, longestScanStepMs } = probe.milestones;
    const longest = Math.max(0, ...probe.longTasks.map((t) => t.duration));
    console.log(`document open (first page laid out): ${fmt(opened!, 0)} ms after navigation`);
    console.log(`first highlights: ${fmt(firstHighlights ?? NaN, 0)} ms; every page read and recognised: ${fmt(scanned!, 0)} ms (${fmt((PAGES / (scanned! - opened!)) * 1000, 0)} pages/s)`);
    console.log(`status: ${status}`);
    console.log(`longest main-thread task until then: ${fmt(longest, 0)} ms; tasks over 50 ms: ${probe.longTasks.filter((t) => t.duration > 50).length} (goal: none)`);
    const over = probe.longTasks.filter((t) => t.duration > 50).map((t) => `${fmt(t.duration, 0)} ms at ${fmt(t.start, 0)}`);
    if (over.length > 0) console.log(`  those tasks: ${over.join(', ')}`);
    console.log(`longest recognition step between yields (one page): ${fmt(longestScanStepMs!, 1)} ms; recogniser built in ${fmt(probe.milestones.recognizerBuildMs!, 0)} ms`);
  } finally {
    await browser?.close();
    await server.close();
  }
}

export const pdfViewerBench: BenchSection = { name: 'pdf-viewer', run };
