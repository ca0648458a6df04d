import type { BenchSection } from './section';
import { recognizerBench } from './recognizer';

/** Every benchmark section, in the order `npm run bench` runs them. */
export const sections: BenchSection[] = [recognizerBench];
