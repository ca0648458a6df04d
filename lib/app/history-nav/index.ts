export { HistoryNav, historyKey, type HistoryNavProps } from './HistoryNav';
export { useViewHistory, type ViewHistoryState } from './use-view-history';
