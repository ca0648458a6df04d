import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../../../harness/browser/build-extension';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * The warnings `web-ext lint` gives that come from dependencies: Preact's renderer and
 * DOMPurify assign innerHTML (Preact for dangerouslySetInnerHTML, which the note preview uses
 * with DOMPurify's output; DOMPurify to parse what it cleans).
 */
const DEPENDENCY_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

/**
 * pdf.js (the PDF viewer's bundle and its worker) tests whether `new Function` works, and where
 * it does compiles PostScript functions of a PDF with it. The viewer turns that off
 * (`isEvalSupported: false`, which the worker obeys) and the extension pages' CSP forbids it
 * anyway; no other file may evaluate strings.
 */
const isPdfjsEvalTest = (w: LintMessage) =>
  w.code === 'DANGEROUS_EVAL' && /^(chunks\/pdf-viewer-[\w-]+\.js|pdfjs\/pdf\.worker\.min\.mjs)$/.test(w.file ?? '');

/** web-ext reads every shipped script, pdf.js's 1.7 MB among them: about 20 s of CPU, longer on a busy machine. */
const LINT_TIMEOUT_MS = 300_000;

describe('the Firefox build under web-ext lint', () => {
  it('has no errors or notices, and only warnings that come from dependencies', () => {
    const webExt = resolve('node_modules/.bin/web-ext');
    const out = execFileSync(process.execPath, [webExt, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as LintReport;
    expect(report.errors).toEqual([]);
    expect(report.summary.notices).toBe(0);
    expect(report.warnings.filter((w) => !DEPENDENCY_WARNINGS.has(w.code) && !isPdfjsEvalTest(w))).toEqual([]);
  }, LINT_TIMEOUT_MS);
});
