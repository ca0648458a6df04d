/** The passage a page note quotes: taken from the page's selection, checked on arrival. */
export { CONTEXT_LENGTH, quoteSelection, type PageSelection } from './quote-selection';
export { readPageSelection } from '../../shared/page-quote';
