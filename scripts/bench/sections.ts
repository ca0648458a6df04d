import type { BenchSection } from './section';
import { recognizerBench } from './recognizer';
import { searchBench } from './search';

/** Every benchmark section, in the order `npm run bench` runs them. */
export const sections: BenchSection[] = [recognizerBench, searchBench];
