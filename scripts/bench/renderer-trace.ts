/**
 * Chromium traces of a page's renderer, for measuring what a script costs the page: the
 * DevTools protocol's Tracing domain with a few light categories (the timeline's tasks, script
 * entries and frames, V8's execution events), read back as the main thread's tasks with their
 * CPU time (`tdur`, the thread's own time: a machine busy with other work stretches wall time,
 * not that).
 */
import type { CDPSession, Page } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'];

/** What the bench's own evaluations in the page stamp their task with (`console.timeStamp`), so they are left out. */
export const PROBE_STAMP = 'attache-bench-probe';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds, trace clock. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds. */
  tdur?: number;
  args?: { data?: Record<string, unknown> };
}

export interface Recording {
  stop(): Promise<TraceEvent[]>;
}

/** Starts tracing (the page's session traces every process of the browser); `stop` returns the events. */
export async function startTrace(page: Page): Promise<Recording> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as TraceEvent[]) events.push(e);
  });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      return events;
    },
  };
}

/** One task of the renderer's main thread, in milliseconds of the trace clock. */
export interface MainTask {
  startMs: number;
  wallMs: number;
  cpuMs: number;
  /** It ran JavaScript (a call, a callback, microtasks, a yield's continuation). */
  script: boolean;
  /** It was a rendering update (a frame). */
  frame: boolean;
  /** CPU time of garbage collections in it. */
  gcMs: number;
  /** CPU time of style and layout updates in it (in a script task: layouts the script forced). */
  layoutMs: number;
  /** The bench's own probe ran in it. */
  probe: boolean;
  /** URLs of the scripts it entered. */
  scriptUrls: string[];
}

export interface PageTrace {
  tasks: MainTask[];
  /** The start of the page's DOMContentLoaded event, trace clock, milliseconds. */
  domContentLoadedMs: number;
}

const SCRIPT_ENTRIES = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'RunYieldContinuation', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'v8.callFunction', 'v8.compile']);
const GC = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking']);
const us = (t: number | undefined) => (t ?? 0) / 1000;

/** The main thread of the renderer that loaded `pageUrl`, cut into its tasks. */
export function pageTrace(events: TraceEvent[], pageUrl: string): PageTrace {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === pageUrl);
  if (!commit) throw new Error(`the trace shows no load of ${pageUrl}`);
  const frame = commit.args!.data!.frame;
  // MarkDOMContent is stamped once the event's listeners have run; the dispatch itself starts before them.
  const marked = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.frame === frame && e.ts >= commit.ts);
  const dcl = marked && events.findLast((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'DOMContentLoaded' && e.pid === commit.pid && e.tid === commit.tid && e.ts <= marked.ts);
  if (!dcl) throw new Error(`the trace shows no DOMContentLoaded of ${pageUrl}`);
  const own = events
    .filter((e) => e.pid === commit.pid && e.tid === commit.tid && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: MainTask[] = [];
  let current: MainTask | undefined;
  let taskEnd = -1;
  let gcEnd = -1;
  let layoutEnd = -1;
  for (const e of own) {
    if (e.name === 'RunTask' && e.ph === 'X') {
      if (e.ts < taskEnd) continue; // a task of a nested run loop: part of the outer one
      current = { startMs: us(e.ts), wallMs: us(e.dur), cpuMs: us(e.tdur ?? e.dur), script: false, frame: false, gcMs: 0, layoutMs: 0, probe: false, scriptUrls: [] };
      tasks.push(current);
      taskEnd = e.ts + (e.dur ?? 0);
      continue;
    }
    if (!current || e.ts >= taskEnd) continue;
    if (SCRIPT_ENTRIES.has(e.name) || e.cat.split(',').includes('v8.execute')) {
      current.script = true;
      const url = e.args?.data?.url;
      if (typeof url === 'string' && url !== '' && !current.scriptUrls.includes(url)) current.scriptUrls.push(url);
    }
    if (e.name === 'PrePaint') current.frame = true;
    if (e.name === 'TimeStamp' && e.args?.data?.message === PROBE_STAMP) current.probe = true;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= layoutEnd) {
      current.layoutMs += us(e.tdur ?? e.dur);
      layoutEnd = e.ts + (e.dur ?? 0);
    }
    // Nested GC events (a scavenge and its phases) are counted once, at the outermost.
    if (GC.has(e.name) && e.ts >= gcEnd) {
      current.gcMs += us(e.tdur ?? e.dur);
      gcEnd = e.ts + (e.dur ?? 0);
    }
  }
  return { tasks, domContentLoadedMs: us(dcl.ts) };
}

/** The end of the first frame that starts at or after `ms`: when what was there by then was painted. */
export function paintedAfter(trace: PageTrace, ms: number): number | undefined {
  const frame = trace.tasks.find((t) => t.frame && t.startMs >= ms);
  return frame && frame.startMs + frame.wallMs;
}
