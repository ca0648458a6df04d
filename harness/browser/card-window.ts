import { HOVER_DELAY_MS } from '../../lib/page/card-trigger/pointer-opener';

/**
 * How long a test that checks that no card opens must look: a card the reader asked for opens
 * after the hover delay at most (a click opens one at once), plus the time to fetch and draw it.
 * The content script's timers run in its own world, out of reach of the page's fake clock, and
 * nothing later in the same world would prove a card was never coming, so such a test waits
 * this long; it follows the hover delay so that it cannot pass for waiting too little.
 */
export const CARD_WINDOW_MS = HOVER_DELAY_MS + 500;
