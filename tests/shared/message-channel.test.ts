import { describe, expect, it, vi } from 'vitest';
import { requestListener, tabRequestListener, type RequestHandlers } from '../../lib/shared/message-channel';

type Sender = { tab?: { id: number } };

function handlers(overrides: Partial<RequestHandlers<Sender>> = {}): RequestHandlers<Sender> {
  const none = () => undefined;
  return {
    'get-recognizer': () => Promise.reject(new Error('not in this test')),
    'get-entity': (request) => (request.entityId === 'cicir' ? { entity: { id: 'cicir' } } as never : null),
    'page-mentions': none,
    'open-side-panel': none,
    'count-notes': (_request, sender) => sender.tab?.id ?? null,
    'open-source': none,
    'sync-notes': none,
    'load-card-host': none,
    'style-highlights': none,
    ...overrides,
  };
}

/** Calls a listener as the browser would and waits for its answer, if it keeps the channel open. */
function deliver<S>(listener: (m: unknown, s: S, respond: (a?: unknown) => void) => boolean, message: unknown, sender: S) {
  let answered: (answer: unknown) => void = () => undefined;
  const answer = new Promise((resolve) => (answered = resolve));
  const open = listener(message, sender, answered);
  return { open, answer };
}

describe('the background listener', () => {
  it('answers each request from its handler, with the sender', async () => {
    const listener = requestListener(handlers());
    const entity = deliver(listener, { type: 'get-entity', entityId: 'cicir' }, {});
    expect(entity.open).toBe(true);
    expect(await entity.answer).toEqual({ entity: { id: 'cicir' } });
    expect(await deliver(listener, { type: 'count-notes', entityId: 'x' }, { tab: { id: 7 } }).answer).toBe(7);
  });

  it('leaves alone what is not a valid request, so no handler runs on it', () => {
    const getEntity = vi.fn();
    const listener = requestListener(handlers({ 'get-entity': getEntity }));
    for (const message of [
      { type: 'get-entity', id: 'cicir' },
      { type: 'reveal-mention', entityId: 'x' },
      { type: 'open-source', place: { doc: '../corpus.json', start: 1, end: 2 } },
      { type: 'open-source', place: { doc: '001_140b32fc558893e9.txt', start: 9, end: 2 } },
      'get-entity',
      null,
    ]) {
      expect(deliver(listener, message, {}).open).toBe(false);
    }
    expect(getEntity).not.toHaveBeenCalled();
  });

  it('answers undefined when a handler fails, synchronously or not', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = requestListener(
      handlers({
        'load-card-host': () => {
          throw new Error('no tab');
        },
      }),
    );
    expect(await deliver(listener, { type: 'load-card-host' }, {}).answer).toBeUndefined();
    expect(await deliver(listener, { type: 'get-recognizer' }, {}).answer).toBeUndefined();
    vi.restoreAllMocks();
  });
});

describe('the tab listener', () => {
  it('answers tab requests at once and ignores background requests', async () => {
    const listener = tabRequestListener({
      'reveal-mention': (request) => request.entityId === 'cicir' && request.direction === 'previous',
      'get-selection': () => null,
    });
    expect(await deliver(listener, { type: 'reveal-mention', entityId: 'cicir', direction: 'previous' }, {}).answer).toBe(true);
    expect(await deliver(listener, { type: 'get-selection' }, {}).answer).toBeNull();
    expect(deliver(listener, { type: 'get-entity', entityId: 'cicir' }, {}).open).toBe(false);
  });
});
