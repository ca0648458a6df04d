import type { Request, ResponseMap } from '../../lib/messages';

/** Sends a request to the background and types its answer by the request's type. */
export function askBackground<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  return browser.runtime.sendMessage(request);
}
