/** The passage a page note quotes, taken from the page's selection (checked on arrival by `lib/shared/page-quote.ts`). */
export { CONTEXT_LENGTH, quoteSelection } from './quote-selection';
