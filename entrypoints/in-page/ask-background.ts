import type { AskBackground } from '../../lib/shared/message-channel';

export const askBackground: AskBackground = (request) => browser.runtime.sendMessage(request);
