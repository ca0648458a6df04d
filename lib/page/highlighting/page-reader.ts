/**
 * The reading loop: reads text runs chunk by chunk, finds mentions and records them, and
 * forgets the mentions of removed content, all in time slices. Work is queued as jobs and run
 * in order, so the mentions of removed nodes are gone before their replacements are read.
 */
import type { EntityType } from '../../shared/corpus-format/corpus-schema';
import { domRangeOf, nodesOf, TextCollector, type CollectOptions } from '../text';
import type { Recognizer } from '../../shared/recognizer';
import { findInBlocks } from '../text/find-in-blocks';
import type { MentionStore } from './mention-store';
import { runSliced, type SliceClock, type SliceReport } from '../../shared/slicer';

export interface PageReaderDeps {
  recognizer: Recognizer;
  typeOf(id: string): EntityType | undefined;
  store: MentionStore;
  collect: CollectOptions;
  clock: SliceClock;
}

/** Text nodes forgotten per step: removal is cheap per node, but a removed subtree can be huge. */
const FORGET_PER_STEP = 256;

/** One step of a job: false once the job is done. */
interface Job {
  step(): boolean;
  tally?: WorkTally;
}

/**
 * The work queued for one batch of page changes: the time its steps took, known once they are
 * all done. Charging a batch its own steps (not the whole run it joined) keeps the first read
 * out of the bill, and bills changes that arrive during it too.
 */
export class WorkTally {
  ms = 0;
  private left = 0;
  private settle: () => void = () => {};
  /** Resolves when every job of the batch is done or dropped. */
  readonly done: Promise<void>;

  constructor() {
    this.done = new Promise((resolve) => (this.settle = resolve));
  }

  /** @internal the reader queued a job on this tally. */
  opened(): void {
    this.left++;
  }

  /** @internal a job of this tally finished or was dropped; resolves `done` after the last one. */
  closed(): void {
    if (--this.left <= 0) this.settle();
  }

  /** No more jobs will be queued: resolves `done` at once if none were. */
  seal(): void {
    if (this.left === 0) this.settle();
  }
}

export class PageReader {
  private readonly jobs: Job[] = [];
  private running: Promise<SliceReport> | undefined;
  private stopped = false;

  constructor(private readonly deps: PageReaderDeps) {}

  /**
   * Queues a run of sibling nodes (see TextCollector) to be read; its old mentions are replaced.
   * `tally`: the batch of changes the work is charged to.
   */
  read(run: readonly Node[], tally?: WorkTally): void {
    const collector = new TextCollector(run, this.deps.collect);
    this.queue(() => this.readChunk(collector), tally);
  }

  /** Queues forgetting the mentions inside removed subtrees. */
  forget(removed: readonly Node[], tally?: WorkTally): void {
    const texts = textNodesUnder(removed);
    this.queue(() => {
      const batch: Text[] = [];
      for (let r = texts.next(); !r.done; r = texts.next()) {
        batch.push(r.value);
        if (batch.length === FORGET_PER_STEP) break;
      }
      this.deps.store.removeNodes(batch);
      return batch.length === FORGET_PER_STEP;
    }, tally);
  }

  private queue(step: () => boolean, tally?: WorkTally): void {
    tally?.opened();
    this.jobs.push({ step, tally });
  }

  /** Runs the queued jobs; resolves with the time they took once the queue is empty. */
  run(): Promise<SliceReport> {
    this.running ??= runSliced(() => this.step(), this.deps.clock, undefined, () => this.stopped).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Drops queued work and stops the running loop after its current step. */
  stop(): void {
    this.stopped = true;
    // Whoever waits on a tally must not wait for good.
    for (const job of this.jobs.splice(0)) job.tally?.closed();
  }

  private step(): boolean {
    const job = this.jobs[0];
    if (!job) return false;
    const start = job.tally && this.deps.clock.now();
    const more = job.step();
    if (job.tally) job.tally.ms += this.deps.clock.now() - start!;
    if (!more) {
      this.jobs.shift();
      job.tally?.closed();
    }
    return this.jobs.length > 0;
  }

  private readChunk(collector: TextCollector): boolean {
    const chunk = collector.next();
    if (!chunk) return false;
    const { store, recognizer, typeOf } = this.deps;
    store.removeNodes(chunk.nodes);
    for (const m of findInBlocks(recognizer, chunk.text)) {
      const type = typeOf(m.id);
      const dom = type && domRangeOf(chunk, m.start, m.end);
      if (!type || !dom) continue;
      const bounds = { startContainer: dom.start.node, startOffset: dom.start.offset, endContainer: dom.end.node, endOffset: dom.end.offset };
      store.add(m.id, type, bounds, nodesOf(chunk, m.start, m.end));
    }
    return true;
  }
}

/** Every text node in the subtrees, open shadow roots included. */
function* textNodesUnder(roots: readonly Node[]): Generator<Text> {
  const pending = [...roots];
  for (let root = pending.pop(); root; root = pending.pop()) {
    if (root.nodeType === 3) {
      yield root as Text;
      continue;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 0x1 | 0x4);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === 3) yield n as Text;
      else if (n.nodeType === 1 && (n as Element).shadowRoot) pending.push((n as Element).shadowRoot!);
    }
  }
}
