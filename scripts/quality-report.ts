/**
 * Prints recall, precision and false alarms of the recogniser on the labelled evaluation set
 * (tests/fixtures/recognition), with every missed and false mention in context.
 * Run after `npm run corpus`: npx tsx scripts/quality-report.ts
 */
import { formatReport } from '../tests/recognition/report';
import { runEvaluation } from '../tests/recognition/run';

const { evaluation, passages } = runEvaluation();
console.log(formatReport(evaluation, passages));
