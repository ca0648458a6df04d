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

/** The background's handlers, one per request type; `S` is the browser's message sender. */
export type RequestHandlers<S> = {
  [T in Request['type']]: (request: RequestOf<T>, sender: S) => ResponseMap[T] | Promise<ResponseMap[T]>;
};
/** A content script's handlers for what the side panel asks a tab: answered at once, or once a promise settles. */
export type TabRequestHandlers = {
  [T in TabRequest['type']]: (request: TabRequestOf<T>) => TabResponseMap[T] | Promise<TabResponseMap[T]>;
};

/** A `runtime.onMessage` listener: true keeps the channel open for an asynchronous answer. */
export type MessageListener<S> = (message: unknown, sender: S, sendResponse: (answer?: unknown) => void) => boolean;

/** The background's one listener: validated requests, answered by the table. */
export function requestListener<S>(handlers: RequestHandlers<S>): MessageListener<S> {
  return (message, sender, sendResponse) => {
    if (!isRequest(message)) return false;
    const handle = handlers[message.type] as (request: Request, sender: S) => unknown;
    new Promise((resolve) => resolve(handle(message, sender))).then(sendResponse, (error: unknown) => {
      console.error(`Attaché: ${message.type} failed:`, error);
      sendResponse(undefined);
    });
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
}

/** A content script's one listener for tab requests (kept small: it runs on every page). */
export function tabRequestListener(handlers: TabRequestHandlers): MessageListener<unknown> {
  return (message, _sender, sendResponse) => {
    if (!isTabRequest(message)) return false;
    const answer = (handlers[message.type] as (request: TabRequest) => unknown)(message);
    if (!(answer instanceof Promise)) {
      sendResponse(answer);
      return false;
    }
    answer.then(sendResponse, (error: unknown) => {
      console.error(`Attaché: ${message.type} failed:`, error);
      sendResponse(undefined);
    });
    return true;
  };
}

/**
 * Asking the background, the answer typed by the request. Each context binds it to its
 * `browser.runtime.sendMessage`: `const askBackground: AskBackground = (r) => browser.runtime.sendMessage(r)`.
 */
export type AskBackground = <T extends Request['type']>(request: RequestOf<T>) => Promise<ResponseMap[T]>;

/**
 * Asking a tab's top frame, which alone answers tab requests; bound to `browser.tabs.sendMessage`
 * with `{ frameId: 0 }`. The answer comes from a page's world, so its receiver still checks it.
 */
export type AskTab = <T extends TabRequest['type']>(tabId: number, request: TabRequestOf<T>) => Promise<unknown>;
