/**
 * The PDF viewer's recogniser, in a worker of its own: building it from the payload (tens of
 * milliseconds) and reading each page's text (a millisecond or more, far more on a busy
 * machine) then cost the viewer's main thread nothing. Messages are `RecognizerWorkerRequest`
 * in and `RecognizerWorkerAnswer` out (`recognizer-client.ts`).
 */
import { createRecognizer, type Recognizer } from '../../shared/recognizer';
import type { RecognizerWorkerAnswer, RecognizerWorkerRequest } from './recognizer-client';

let recognizer: Recognizer | undefined;
const answer = (message: RecognizerWorkerAnswer) => (globalThis as unknown as { postMessage(m: unknown): void }).postMessage(message);

globalThis.addEventListener('message', (event: MessageEvent<RecognizerWorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'load') {
      recognizer = createRecognizer(request.compiled);
      answer({ type: 'loaded' });
    } else {
      if (!recognizer) throw new Error('the recogniser is not loaded yet');
      answer({ type: 'found', id: request.id, mentions: recognizer.find(request.text) });
    }
  } catch (error) {
    answer({ type: 'failed', id: request.type === 'find' ? request.id : undefined, message: error instanceof Error ? error.message : String(error) });
  }
});
