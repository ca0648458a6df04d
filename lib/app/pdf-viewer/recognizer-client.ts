/**
 * The viewer's side of the recogniser worker (`recognizer-worker.ts`): load it once with the
 * compiled recogniser, then ask for the mentions in a page's text.
 */
import type { CompiledRecognizer, Mention } from '../../shared/recognizer';

export type RecognizerWorkerRequest = { type: 'load'; compiled: CompiledRecognizer } | { type: 'find'; id: number; text: string };
export type RecognizerWorkerAnswer =
  | { type: 'loaded' }
  | { type: 'found'; id: number; mentions: Mention[] }
  | { type: 'failed'; id?: number; message: string };

/** What the viewer needs of a worker (a `Worker` in the browser). */
export interface WorkerLike {
  postMessage(message: RecognizerWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RecognizerWorkerAnswer>) => void): void;
}

export interface RecognizerClient {
  find(text: string): Promise<Mention[]>;
}

export function loadRecognizerWorker(worker: WorkerLike, compiled: CompiledRecognizer): Promise<RecognizerClient> {
  const waiting = new Map<number, { resolve(m: Mention[]): void; reject(e: Error): void }>();
  let next = 0;
  return new Promise((resolveLoaded, rejectLoaded) => {
    worker.addEventListener('message', ({ data }) => {
      if (data.type === 'loaded') {
        resolveLoaded({
          find: (text) =>
            new Promise((resolve, reject) => {
              const id = next++;
              waiting.set(id, { resolve, reject });
              worker.postMessage({ type: 'find', id, text });
            }),
        });
      } else if (data.type === 'found') {
        waiting.get(data.id)?.resolve(data.mentions);
        waiting.delete(data.id);
      } else if (data.id === undefined) {
        rejectLoaded(new Error(`recogniser not built: ${data.message}`));
      } else {
        waiting.get(data.id)?.reject(new Error(`recognition failed: ${data.message}`));
        waiting.delete(data.id);
      }
    });
    worker.postMessage({ type: 'load', compiled });
  });
}
