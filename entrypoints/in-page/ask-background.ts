import type { AskBackground } from '../../lib/message-channel';

export const askBackground: AskBackground = (request) => browser.runtime.sendMessage(request);
