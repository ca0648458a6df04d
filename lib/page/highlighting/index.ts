/**
 * In-page recognition, DOM-side but free of extension APIs: reading in time slices,
 * following DOM changes, painting with the CSS Custom Highlight API, the mention index.
 */
export { InPageController, type ControllerDeps, type ReachedMention } from './in-page-controller';
export { HighlightPainter, type HighlightEnvironment } from './highlight-painter';
export { MentionStore, type Bounds, type MentionFilter, type MentionRecord } from './mention-store';
export { findInBlocks } from '../text/find-in-blocks';
export { browserClock, runSliced, SLICE_BUDGET_MS, type SliceClock } from '../../shared/slicer';
export { ChangeBudget, DEFAULT_BUDGET, type BudgetOptions, type BudgetVerdict } from './change-budget';
export type { Timers } from './mutation-watcher';
export { showSlowPageNotice, type SlowPageNotice } from './slow-page-notice';
export { createAnnouncer } from './announcer';
export { MentionNavigator, compareStarts, type Reached } from './mention-navigator';
export { watchShortcuts, NEXT_KEY, PREVIOUS_KEY } from './keyboard-shortcuts';
export { paintEverywhere, ViewportPainter, type MentionPainter, type Paintable, type RangePainter } from './viewport-painter';
