/**
 * Note previews in Chromium: how long rendering a hostile or long note blocks the page, with
 * the former renderer (the whole note through marked and DOMPurify at once) and the current
 * one (bounded parts, one per step, the side panel yielding between steps). Goal: no step and
 * no insertion over 50 ms. The renderer is bundled with esbuild and run in a blank page.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { formatProblem } from '../../lib/app/notes/markdown/format-limits';
import { fmt } from './measure';
import type { BenchSection } from './section';
import type { RenderTiming } from './notes-render-page';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOAL_MS = 50;

const row = (columns: number, cell: string) => `|${Array.from({ length: columns }, () => cell).join('|')}|`;
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');
/** Repeats `unit` to `chars` characters. */
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/**
 * The largest `make(n)` that is still formatted, found by bisection: the worst a part of that
 * shape may cost within the bounds.
 */
function atBound(make: (n: number) => string): string {
  let low = 1;
  let high = 2;
  while (formatProblem(make(high)) === null) high *= 2;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (formatProblem(make(middle)) === null) low = middle;
    else high = middle;
  }
  return make(low);
}

/** The notes from the issue, then ordinary long notes, then the worst a part within the bounds may hold. */
const NOTES: Array<[string, string]> = [
  ['2,001 nested >', `${'>'.repeat(2001)} deep`],
  ['100 KB of *a', '*a'.repeat(50_000)],
  ['500-column table', [row(500, 'h'), row(500, '-'), row(500, 'c'), row(500, 'c')].join('\n')],
  ['list nested 250 deep', lines(250, (i) => `${' '.repeat(2 * i)}- level ${i}`)],
  ['100 KB of prose', lines(800, (i) => `Paragraph ${i}: the *norms* of **responsible** state behaviour, see [the report](https://example.org/${i}).\n`)],
  ['100 KB outline', lines(2_000, (i) => `${'  '.repeat(i % 4)}- item ${i} of a long outline of the talks`)],
  ['at the bounds: *a_', atBound((n) => '*a_'.repeat(n))],
  ['at the bounds: _a**', atBound((n) => '_a**'.repeat(n))],
  ['at the bounds: table', atBound((n) => [row(64, 'h'), row(64, '-'), ...Array.from({ length: n }, () => row(64, 'cell'))].join('\n'))],
  ['at the bounds: lists 16 deep', atBound((n) => lines(n, (i) => `${'  '.repeat(i % 16)}- x`))],
  ['at the bounds: quoted lists', atBound((n) => lines(n, (i) => `${'> '.repeat((i % 8) + 1)}- item ${i}`))],
  ['at the bounds: quoted text', atBound((n) => lines(n, () => '> quoted words of an earlier message'))],
  ['at the bounds: brackets', atBound((n) => '[a]('.repeat(n))],
  ['at the bounds: prose', atBound((n) => fill('plain words, then `code` and <b>html</b> ', n))],
  ['at the bounds: fenced code', atBound((n) => `\`\`\`\n${lines(n, (i) => `    let value${i} = compute(value${i - 1});`)}\n\`\`\``)],
  ['at the bounds: raw HTML', atBound((n) => '<div><span>x'.repeat(n))],
];

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['scripts/bench/notes-render-page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function describe(timing: RenderTiming): string {
  if (timing.error) return `threw after ${fmt(timing.totalMs, 0)} ms (${timing.error})`;
  const plain = timing.plainParts > 0 ? `, ${timing.plainParts} part(s) as plain text` : '';
  return `longest task ${fmt(timing.longestMs, 1)} ms, total ${fmt(timing.totalMs, 1)} ms in ${timing.steps} step(s)${plain}`;
}

async function run(): Promise<void> {
  const script = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script });
    await page.addStyleTag({ content: readFileSync('lib/app/notes/notes.css', 'utf8') });
    console.log(`load average ${loadavg().map((l) => fmt(l, 1)).join(' ')}; goal: every step and insertion under ${GOAL_MS} ms`);
    let worstNow = 0;
    for (const [name, markdown] of NOTES) {
      // A string, not a function: tsx would wrap named functions in a helper the page lacks.
      const before = (await page.evaluate(`renderWhole(${JSON.stringify(markdown)})`)) as RenderTiming;
      const runs: RenderTiming[] = [];
      for (let i = 0; i < 3; i++) runs.push((await page.evaluate(`renderInParts(${JSON.stringify(markdown)})`)) as RenderTiming);
      const now = runs.sort((a, b) => a.longestMs - b.longestMs)[1]!;
      worstNow = Math.max(worstNow, now.longestMs);
      console.log(`${name} (${fmt(markdown.length / 1024, 0)} KB)`);
      console.log(`  before: ${describe(before)}`);
      console.log(`  now:    ${describe(now)}; before/now longest ${fmt(before.longestMs / Math.max(now.longestMs, 0.1), 0)}x`);
    }
    console.log(`longest task now, over all notes (median of 3 runs each): ${fmt(worstNow, 1)} ms (goal: under ${GOAL_MS} ms)`);
  } finally {
    await browser.close();
  }
}

export const notesRenderBench: BenchSection = { name: 'notes-render', run };
