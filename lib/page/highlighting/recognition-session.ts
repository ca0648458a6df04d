/**
 * One stretch of recognition on a page, from activation until stopped: waits for visible text,
 * loads the recogniser, reads the body, then turns DOM changes into reading work.
 */
import type { RecognizerPayload } from '../../shared/messages';
import { hasVisibleText, type ElementRules } from '../text';
import { createRecognizer, type Recognizer } from '../../shared/recognizer';
import { workFor } from './change-targets';
import type { ControllerDeps } from './in-page-controller';
import type { MentionStore } from './mention-store';
import { MutationWatcher } from './mutation-watcher';
import { PageReader, WorkTally } from './page-reader';
import { ChangeBudget, type BudgetVerdict } from './change-budget';

const CHUNK_SIZE = 8192;

interface LoadedRecognizer {
  recognizer: Recognizer;
  types: RecognizerPayload['types'];
  names: RecognizerPayload['names'];
}

export class RecognitionSession {
  private readonly watcher: MutationWatcher;
  private readonly budget: ChangeBudget;
  private reader: PageReader | undefined;
  private loaded: LoadedRecognizer | undefined;
  private ready: Promise<void> | undefined;
  private stopped = false;
  private warned = false;
  private readonly body: HTMLElement;

  constructor(
    private readonly deps: ControllerDeps,
    private readonly rules: ElementRules & { scanCode: boolean },
    private readonly store: MentionStore,
    private readonly firstScanDone: () => void,
  ) {
    const win = deps.doc.defaultView!;
    this.body = deps.doc.body;
    this.budget = new ChangeBudget(deps.budget);
    this.watcher = new MutationWatcher({
      win,
      timers: deps.timers,
      budget: this.budget,
      handle: (records) => this.onMutations(records),
      verdict: (v) => this.onVerdict(v),
    });
    this.watcher.observe(this.body);
    // A page without text (an image viewer, an app still loading) costs nothing until text arrives.
    if (hasVisibleText(this.body, rules)) this.start();
  }

  idle(): Promise<void> {
    return (this.ready ?? Promise.resolve()).then(() => this.reader?.run()).then(() => undefined);
  }

  nameOf(id: string): string | undefined {
    return this.loaded?.names[id];
  }

  stop(): void {
    this.stopped = true;
    this.watcher.disconnect();
    this.reader?.stop();
  }

  /** Forgets every mention and reads the whole page again (the rules of what to read changed). */
  rereadAll(): void {
    if (!this.loaded) return;
    this.reader?.stop();
    this.store.clear();
    void this.readAll(this.loaded);
  }

  private start(): void {
    this.ready ??= (async () => {
      const payload = await this.deps.loadRecognizer();
      if (this.stopped) return;
      this.deps.stage?.('recognizer-loaded');
      this.loaded = { recognizer: createRecognizer(payload.compiled, payload.machine), types: payload.types, names: payload.names };
      this.deps.stage?.('recognizer-built');
      await this.readAll(this.loaded);
      if (!this.stopped) this.firstScanDone();
    })();
    this.ready.catch((error: unknown) => console.error('Attaché: recognition did not start:', error));
  }

  private async readAll(loaded: LoadedRecognizer): Promise<void> {
    const reader = this.createReader(loaded);
    this.reader = reader;
    reader.read([this.body]);
    await reader.run();
  }

  private createReader(loaded: LoadedRecognizer): PageReader {
    return new PageReader({
      recognizer: loaded.recognizer,
      typeOf: (id) => loaded.types[id],
      store: this.store,
      clock: this.deps.clock,
      collect: {
        ...this.rules,
        chunkSize: this.deps.chunkSize ?? CHUNK_SIZE,
        onShadowRoot: (root) => this.watcher.observe(root),
      },
    });
  }

  private async onMutations(records: MutationRecord[]): Promise<number> {
    if (records.some((r) => r.type === 'attributes')) this.rules.visibility.invalidate();
    if (!this.reader) {
      if (!this.ready && hasVisibleText(this.body, this.rules)) this.start();
      return 0;
    }
    const start = this.deps.clock.now();
    const work = workFor(records, this.rules, (el) => this.rules.visibility.mayReveal(el));
    const tally = new WorkTally();
    if (work.removed.length > 0) this.reader.forget(work.removed, tally);
    for (const run of work.runs) this.reader.read(run, tally);
    tally.seal();
    const sorting = this.deps.clock.now() - start;
    // The batch pays for its own work only, wherever it sits in the queue: changes that arrive
    // while the first read runs are charged too (they were not, so a page rewriting itself from
    // the start was never found too slow), and the first read is not charged to them.
    this.reader.run().catch((error: unknown) => console.error('Attaché: reading the page’s changes failed:', error));
    await tally.done;
    return sorting + tally.ms;
  }

  private onVerdict(verdict: BudgetVerdict): void {
    if (verdict !== 'too-slow' || this.warned) return;
    this.warned = true;
    this.deps.tooSlow?.();
  }
}
