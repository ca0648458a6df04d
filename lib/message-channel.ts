/**
 * Sending and answering the requests declared in messages.ts over the extension's runtime
 * messaging. Each receiving context registers one listener made from one table of handlers,
 * which the compiler checks covers every request it receives. The browser's functions are
 * passed in, so this knows no extension context.
 */
import {
  isRequest,
  isTabRequest,
  type Request,
  type RequestOf,
  type ResponseMap,
  type TabRequest,
  type TabRequestOf,
  type TabResponseMap,
} from './messages';

type Handlers<R extends { type: string }, M extends Record<R['type'], unknown>, S> = {
  [T in R['type']]: (request: Extract<R, { type: T }>, sender: S) => M[T] | Promise<M[T]>;
};

/** The background's handlers, one per request type; `S` is the browser's message sender. */
export type RequestHandlers<S> = Handlers<Request, ResponseMap, S>;
/** A content script's handlers for what the side panel asks a tab. */
export type TabRequestHandlers<S> = Handlers<TabRequest, TabResponseMap, S>;

/** A `runtime.onMessage` listener: true keeps the channel open for an asynchronous answer. */
export type MessageListener<S> = (message: unknown, sender: S, sendResponse: (answer?: unknown) => void) => boolean;

function listenerFor<R extends { type: string }, S>(
  accepts: (message: unknown) => message is R,
  handle: (request: R, sender: S) => unknown,
): MessageListener<S> {
  return (message, sender, sendResponse) => {
    if (!accepts(message)) return false;
    new Promise((resolve) => resolve(handle(message, sender))).then(sendResponse, (error: unknown) => {
      console.error(`Attaché: ${message.type} failed:`, error);
      sendResponse(undefined);
    });
    return true;
  };
}

/** The background's one listener: validated requests, answered by the table. */
export function requestListener<S>(handlers: RequestHandlers<S>): MessageListener<S> {
  return listenerFor(isRequest, (request, sender: S) => (handlers[request.type] as (r: Request, s: S) => unknown)(request, sender));
}

/** A content script's one listener for tab requests. */
export function tabRequestListener<S>(handlers: TabRequestHandlers<S>): MessageListener<S> {
  return listenerFor(isTabRequest, (request, sender: S) =>
    (handlers[request.type] as (r: TabRequest, s: S) => unknown)(request, sender),
  );
}

/** Asks the background; the answer is typed by the request. `send`: `browser.runtime.sendMessage`. */
export function backgroundAsker(send: (message: Request) => Promise<unknown>) {
  return <T extends Request['type']>(request: RequestOf<T>): Promise<ResponseMap[T]> => send(request) as Promise<ResponseMap[T]>;
}

/**
 * Asks a tab's top frame, which alone answers tab requests. `send`: `browser.tabs.sendMessage`.
 * The answer comes from a page's world, so its receiver still checks it.
 */
export function tabAsker(send: (tabId: number, message: TabRequest, options: { frameId: number }) => Promise<unknown>) {
  return <T extends TabRequest['type']>(tabId: number, request: TabRequestOf<T>): Promise<unknown> =>
    send(tabId, request, { frameId: 0 });
}
