export { HistoryNav, historyKey, type HistoryNavProps } from './HistoryNav';
