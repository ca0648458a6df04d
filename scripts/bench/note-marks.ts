/**
 * Team notes marked on a long page in Chromium (issue: 500 notes on a 1 MB page): the time
 * from asking to all marks painted, the main-thread work, and the longest task (goal: none over
 * 50 ms), with the former one-call-per-note loop (each call folding the page again) on the
 * same text for comparison. The page script is bundled with esbuild and run in a blank page.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { fmt } from './measure';
import type { BenchSection } from './section';
import type { MarksTiming } from './note-marks-page';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOAL_MS = 50;
const NOTES = 500;

async function run(): Promise<void> {
  const script = (
    await build({ entryPoints: ['scripts/bench/note-marks-page.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })
  ).outputFiles[0]!.text;
  // Real prose: the paragraphs of the source documents.
  const paragraphs = ['000_f8bf8a2838953af0', '001_140b32fc558893e9', '002_fff661638e317ad7', '003_68a7428225f7b6fc', '004_1a3fa6c9be43639d']
    .flatMap((name) => readFileSync(`seeds/${name}.txt`, 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 200);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script });
    console.log(`load average ${loadavg().map((l) => fmt(l, 1)).join(' ')}; goal: no task over ${GOAL_MS} ms`);
    const runs: MarksTiming[] = [];
    for (let i = 0; i < 3; i += 1) runs.push((await page.evaluate(`markNotes(${JSON.stringify(paragraphs)}, ${NOTES})`)) as MarksTiming);
    const t = runs.sort((a, b) => a.totalMs - b.totalMs)[1]!;
    console.log(`${t.notes} notes on a ${fmt(t.pageChars / 1e6, 2)} M-character page: ${t.marked} marked, ${t.orphaned} orphaned`);
    console.log(`  found by: ${Object.entries(t.byStrategy).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  asked to painted ${fmt(t.totalMs, 0)} ms, main-thread work ${fmt(t.workMs, 0)} ms (median of 3 runs)`);
    console.log(`  longest slice ${fmt(t.longestSliceMs, 1)} ms, longest task (longtask observer) ${t.longestTaskMs === 0 ? 'none over 50' : fmt(t.longestTaskMs, 0)} ms`);
    console.log(`  former way, one note per call, one loop: ${fmt(t.formerMs, 0)} ms in one task; former/now work ${fmt(t.formerMs / Math.max(t.workMs, 0.1), 1)}x`);
  } finally {
    await browser.close();
  }
}

export const noteMarksBench: BenchSection = { name: 'note-marks', run };
