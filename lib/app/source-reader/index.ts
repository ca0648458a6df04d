export { SourceReader, type SourceReaderProps } from './SourceReader';
