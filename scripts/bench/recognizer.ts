/**
 * Recogniser throughput on ~20 MB of English-like text: against a loop that only reads every
 * character (the floor for any linear scan; goal: within 3x of it), and against one regular
 * expression alternating all aliases (what the automaton replaces; goal: at least 10x faster).
 */
import { existsSync, readFileSync } from 'node:fs';
import { compileRecognizer, createRecognizer, type RecognizerEntry } from '../../lib/shared/recognizer';
import { createPassTables } from '../../lib/shared/recognizer/linear-pass';
import type { BenchSection } from './section';
import { automatonSteps } from './automaton-steps';
import { englishText, syntheticTerms } from './english-text';
import { MB, fmt, mbPerSecond, time, timeTogether, type Timing } from './measure';

const TEXT_LENGTH = 20 * MB;
const SYNTHETIC_TERMS = 10_000;
const REGEX_MAX_SLICE = 2 * MB;
/** The regex slice is cut so that one run takes about this long. */
const REGEX_RUN_BUDGET_MS = 2500;
const RUNS = 7;

let sink = 0;

function readEveryCharacter(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

function corpusEntries(): RecognizerEntry[] {
  const path = 'public/corpus.json';
  if (!existsSync(path)) return [];
  const corpus = JSON.parse(readFileSync(path, 'utf8')) as { entities?: RecognizerEntry[] };
  return (corpus.entities ?? []).map(({ id, name, aliases, rules }) => ({ id, name, aliases, rules }));
}

function aliasRegex(entries: RecognizerEntry[]): RegExp {
  const forms = entries.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
  const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function measureDictionary(label: string, entries: RecognizerEntry[], withRegex: boolean): void {
  const forms = entries.flatMap((e) => [e.name, ...e.aliases]);
  let t0 = performance.now();
  const compiled = compileRecognizer(entries);
  const json = JSON.stringify(compiled);
  const compileMs = performance.now() - t0;
  t0 = performance.now();
  const recognizer = createRecognizer(JSON.parse(json));
  const createMs = performance.now() - t0;
  const states = compiled.edgeStart.length - 1;

  const text = englishText({ seed: 2015, length: TEXT_LENGTH, terms: forms, mentionEvery: 400 });
  const mb = text.length / MB;
  const found = recognizer.find(text);
  // What returning the mentions costs by itself: the same number of objects of the same shape.
  const copyMentions = () => found.map((m) => ({ start: m.start, end: m.end, text: m.text, id: m.id }));
  const passTables = createPassTables(compiled);
  const [baseline, recognise, steps, objects] = timeTogether(
    [() => (sink += readEveryCharacter(text)), () => recognizer.find(text), () => (sink += automatonSteps(passTables, text)), copyMentions],
    { warmup: 2, runs: RUNS },
  ) as [Timing, Timing, Timing, Timing];

  console.log(`\n-- ${label}: ${entries.length} entities, ${forms.length} forms --`);
  console.log(`compiled: ${states} states, ${compiled.patternState.length} patterns, JSON ${fmt(json.length / 1024, 0)} KB`);
  console.log(`compileRecognizer + JSON.stringify ${fmt(compileMs)} ms; createRecognizer (JSON.parse excluded) ${fmt(createMs)} ms`);
  console.log(`text: ${fmt(mb)} MB (${text.length} UTF-16 units), ${found.length} mentions found`);
  const line = (label: string, t: Timing) =>
    console.log(
      `${label} wall median ${fmt(t.ms)} ms = ${fmt(mbPerSecond(text.length, t.ms))} MB/s, fastest ${fmt(t.minMs)} ms; ` +
        `CPU median ${fmt(t.cpuMs)} ms (${t.runs} runs, taken in turn)`,
    );
  line('baseline (read every character):', baseline);
  line('recogniser:                     ', recognise);
  line('automaton steps alone:          ', steps);
  line('the mention objects alone:      ', objects);
  // The baseline's fastest run is the floor it stands for; the recogniser's median is what a reader gets.
  console.log(
    `recogniser median / baseline fastest: ${fmt(recognise.ms / baseline.minMs, 2)}x (goal: at most 3x); ` +
      `fastest / fastest ${fmt(recognise.minMs / baseline.minMs, 2)}x; ` +
      `automaton steps alone ${fmt(steps.ms / baseline.minMs, 2)}x, the mention objects alone ${fmt(objects.ms / baseline.minMs, 2)}x`,
  );

  if (!withRegex) return;
  const re = aliasRegex(entries);
  const probe = text.slice(0, 64 * 1024);
  const probeMs = time(() => countMatches(re, probe), { warmup: 1, runs: 1 }).ms;
  const sliceLength = Math.max(probe.length, Math.min(REGEX_MAX_SLICE, Math.floor((probe.length * REGEX_RUN_BUDGET_MS) / probeMs)));
  const slice = text.slice(0, sliceLength);
  const regex = time(() => (sink += countMatches(re, slice)), { warmup: 1, runs: 3 });
  const perMb = (ms: number, chars: number) => ms / (chars / MB);
  console.log(
    `regex alternation of ${forms.length} aliases (\\b, gi) on the first ${fmt(slice.length / MB, 2)} MB: ` +
      `wall ${fmt(regex.ms)} ms = ${fmt(mbPerSecond(slice.length, regex.ms), 3)} MB/s; CPU ${fmt(regex.cpuMs)} ms = ${fmt(mbPerSecond(slice.length, regex.cpuMs), 3)} MB/s (medians of ${regex.runs})`,
  );
  console.log(
    `regex / recogniser time per MB, medians: wall ${fmt(perMb(regex.ms, slice.length) / perMb(recognise.ms, text.length))}x, ` +
      `CPU ${fmt(perMb(regex.cpuMs, slice.length) / perMb(recognise.cpuMs, text.length))}x (goal: at least 10x)`,
  );
}

export const recognizerBench: BenchSection = {
  name: 'recognizer',
  run() {
    const corpus = corpusEntries();
    if (corpus.length > 0) measureDictionary('corpus (public/corpus.json)', corpus, false);
    else console.log('\npublic/corpus.json has no entities yet (run `npm run corpus`): corpus figures skipped');
    measureDictionary(`synthetic dictionary`, syntheticTerms(SYNTHETIC_TERMS, 7).map((e) => ({ ...e, rules: [] })), true);
    if (sink === 42) console.log('');
  },
};
