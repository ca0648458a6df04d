/** The corpus search box and its results, shared by the popup and the side panel. */
export { SearchView, type SearchViewProps } from './SearchView';
