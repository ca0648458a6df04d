/**
 * Human titles for the five source documents (seeds/SOURCES.md). The corpus cites sources by
 * file name so that every fact stays traceable; readers should see what the document is.
 */
import type { SourceDoc } from '../corpus-format/corpus-schema';

export interface SourceTitle {
  /** What the document is, short enough for a citation line. */
  title: string;
  /** Place and date as the text states them. */
  context: string;
}

const SOURCE_TITLES: Readonly<Record<SourceDoc, SourceTitle>> = {
  '000_f8bf8a2838953af0.txt': {
    title: 'SECD summary',
    context: 'The Hague, April 2015',
  },
  '001_140b32fc558893e9.txt': {
    title: 'Beijing workshop report',
    context: 'Beijing, June 2014',
  },
  '002_fff661638e317ad7.txt': {
    title: 'Renard, “US-China cybersecurity agreement”',
    context: 'September 2015',
  },
  '003_68a7428225f7b6fc.txt': {
    title: 'CFR Net Politics on the S&ED',
    context: 'June 2015',
  },
  '004_1a3fa6c9be43639d.txt': {
    title: 'CICIR–CSIS joint statement',
    context: 'June 2012',
  },
};

/** The title of a source document, or its file name when the table does not know it. */
export function sourceTitle(doc: SourceDoc): string {
  const known = SOURCE_TITLES[doc];
  return known ? `${known.title}, ${known.context}` : doc;
}
