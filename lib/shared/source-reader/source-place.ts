/**
 * The address of the source reader at a cited place: which document, and the verbatim offsets
 * of the mention an excerpt quotes (`SourceExcerpt.start`/`end`). Read back through
 * `readSourcePlace`, which accepts only a well-formed document name and offsets.
 */
import type { SourceDoc } from '../corpus-format/corpus-schema';
import { isRecord } from '../shape-check';

export interface SourcePlace {
  doc: SourceDoc;
  start: number;
  end: number;
}

/** Built by WXT from entrypoints/source/. */
export const SOURCE_READER_PAGE = '/source.html';

/** A source document's file name in seeds/: no path, no query, nothing to escape. */
const DOC_PATTERN = /^[A-Za-z0-9_-]+\.txt$/;

export function sourceReaderPath(place: SourcePlace): `/source.html?${string}` {
  const query = new URLSearchParams({ doc: place.doc, start: String(place.start), end: String(place.end) });
  return `${SOURCE_READER_PAGE}?${query.toString()}`;
}

/** Where `npm run corpus` writes a document's reader text (see corpus-format/reader-text.ts). */
export function readerTextPath(doc: SourceDoc): string {
  return `/sources/${doc.replace(/\.txt$/, '')}.json`;
}

export function isSourcePlace(value: unknown): value is SourcePlace {
  return (
    isRecord(value) &&
    typeof value.doc === 'string' &&
    DOC_PATTERN.test(value.doc) &&
    isOffset(value.start) &&
    isOffset(value.end) &&
    value.end >= value.start
  );
}

/** The place a reader page address names, if it names a well-formed one. */
export function readSourcePlace(search: string): SourcePlace | undefined {
  const params = new URLSearchParams(search);
  const place = { doc: params.get('doc'), start: toOffset(params.get('start')), end: toOffset(params.get('end')) };
  return isSourcePlace(place) ? place : undefined;
}

const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const toOffset = (v: string | null): number | undefined => (v !== null && /^\d{1,9}$/.test(v) ? Number(v) : undefined);
