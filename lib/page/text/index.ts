/** Visible page text for the recogniser, read in chunks, with the way back to DOM positions. */
export { BLOCK_SEPARATOR, domRangeOf, nodesOf, type DomPoint, type TextChunk } from './text-chunk';
export { collectText, hasVisibleText, TextCollector, type CollectOptions } from './text-collector';
export { classify, ElementKind, isBlockTag, isInsideSkipped, type ElementRules } from './element-rules';
export { VisibilityCache } from './visibility';
