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

type Job = () => boolean;

export class PageReader {
  private readonly jobs: Job[] = [];
  private running: Promise<SliceReport> | undefined;
  private stopped = false;

  constructor(private readonly deps: PageReaderDeps) {}

  /** Queues a run of sibling nodes (see TextCollector) to be read; its old mentions are replaced. */
  read(run: readonly Node[]): void {
    const collector = new TextCollector(run, this.deps.collect);
    this.jobs.push(() => this.readChunk(collector));
  }

  /** Queues forgetting the mentions inside removed subtrees. */
  forget(removed: readonly Node[]): void {
    const texts = textNodesUnder(removed);
    this.jobs.push(() => {
      const batch: Text[] = [];
      for (let r = texts.next(); !r.done; r = texts.next()) {
        batch.push(r.value);
        if (batch.length === FORGET_PER_STEP) break;
      }
      this.deps.store.removeNodes(batch);
      return batch.length === FORGET_PER_STEP;
    });
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
    this.jobs.length = 0;
  }

  private step(): boolean {
    const job = this.jobs[0];
    if (!job) return false;
    if (!job()) this.jobs.shift();
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
