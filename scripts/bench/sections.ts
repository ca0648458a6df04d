import type { BenchSection } from './section';
import { inPageBench } from './in-page';
import { journalLoadBench } from './journal-load';
import { journalLoadPostgresBench } from './journal-load-postgres';
import { noteMarksBench } from './note-marks';
import { notesRenderBench } from './notes-render';
import { pdfViewerBench } from './pdf-viewer';
import { recognizerBench } from './recognizer';
import { searchBench } from './search';
import { syncLatencyBench } from './sync-latency';
import { syncLatencyClusterBench } from './sync-latency-cluster';
import { teamGlossaryBench } from './team-glossary';

/** Every benchmark section, in the order `npm run bench` runs them. */
export const sections: BenchSection[] = [recognizerBench, inPageBench, searchBench, journalLoadBench, journalLoadPostgresBench, syncLatencyBench, syncLatencyClusterBench, notesRenderBench, teamGlossaryBench, pdfViewerBench, noteMarksBench];
