import { backgroundAsker } from '../../lib/message-channel';

/** Sends a request to the background and types its answer by the request's type. */
export const askBackground = backgroundAsker((message) => browser.runtime.sendMessage(message));
