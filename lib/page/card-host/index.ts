/**
 * The in-page card host: the lazily loaded part of in-page recognition. Imports Preact and the
 * card components, so only the card-host entry may import this; the always-loaded content
 * script uses lib/card-trigger instead.
 */
export { createCardHost, type CardHost, type CardTrigger, type OpenCardRequest } from './card-host';
export type { CardBackend } from './card-backend';
