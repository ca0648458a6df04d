export { HIGHLIGHT_KEYS, isHighlightNames, randomPageNames, type HighlightKey, type PageNames } from './page-names';
export { highlightStyles } from './highlight-styles';
