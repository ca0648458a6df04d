/**
 * Prints recall, precision and false alarms of the recogniser on both parts of the labelled
 * evaluation set (tests/fixtures/recognition), per kind of page, with every missed and false
 * mention in context. Run after `npm run corpus`: npm run quality
 */
import { formatPartsReport } from '../harness/recognition/report';
import { runEvaluation } from '../harness/recognition/run';

const { parts, passages } = runEvaluation();
console.log(formatPartsReport(parts, passages));
