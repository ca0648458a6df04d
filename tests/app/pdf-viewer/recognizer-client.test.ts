import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRecognizerWorker, type RecognizerWorkerAnswer, type RecognizerWorkerRequest, type WorkerLike } from '../../../lib/app/pdf-viewer/recognizer-client';
import { buildRecognizerPayload } from '../../../lib/background/recognizer-payload';
import { createRecognizer, type Recognizer } from '../../../lib/shared/recognizer';

/** A worker in this thread that answers as recognizer-worker.ts does, asynchronously and out of order when asked to. */
function fakeWorker(opts: { failLoad?: boolean; reverse?: boolean } = {}): WorkerLike {
  const listeners: ((event: MessageEvent<RecognizerWorkerAnswer>) => void)[] = [];
  let recognizer: Recognizer | undefined;
  const pending: RecognizerWorkerAnswer[] = [];
  const send = (answer: RecognizerWorkerAnswer) => {
    for (const l of listeners) l({ data: answer } as MessageEvent<RecognizerWorkerAnswer>);
  };
  return {
    addEventListener: (_type, listener) => listeners.push(listener),
    postMessage(request: RecognizerWorkerRequest) {
      queueMicrotask(() => {
        if (request.type === 'load') {
          if (opts.failLoad) return send({ type: 'failed', message: 'bad payload' });
          recognizer = createRecognizer(request.compiled);
          return send({ type: 'loaded' });
        }
        pending.push({ type: 'found', id: request.id, mentions: recognizer!.find(request.text) });
        if (!opts.reverse || pending.length === 2) for (const a of opts.reverse ? pending.reverse() : pending) send(a);
        if (!opts.reverse || pending.length === 2) pending.length = 0;
      });
    },
  };
}

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8'));
const compiled = buildRecognizerPayload(corpus.version, corpus.entities).compiled;

describe('the recogniser worker client', () => {
  it('gives each page its own mentions, whatever order the answers come in', async () => {
    const client = await loadRecognizerWorker(fakeWorker({ reverse: true }), compiled);
    const [first, second] = await Promise.all([client.find('APCERT met.'), client.find('Then CICIR spoke.')]);
    expect(first.map((m) => m.id)).toEqual(['apcert']);
    expect(second.map((m) => m.id)).toEqual(['cicir']);
  });

  it('fails to load with the reason the worker gives', async () => {
    await expect(loadRecognizerWorker(fakeWorker({ failLoad: true }), compiled)).rejects.toThrow('recogniser not built: bad payload');
  });
});
