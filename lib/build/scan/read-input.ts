import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { firstInvalidUtf8 } from './utf8';

export type InputKind = 'text' | 'html';

export type Input =
  | { ok: true; name: string; kind: InputKind; text: string }
  | { ok: false; name: string; reason: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** How standard input is recognised as HTML: it starts (after blanks or comments) like a page. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * Reads a file to scan, or standard input for "-", and says what it holds: HTML by extension
 * (or, for standard input, by how it starts), plain text otherwise. Refuses missing files,
 * binary files (a NUL byte) and anything that is not UTF-8, saying which.
 */
export function readInput(name: string, readStdin: () => Uint8Array = () => readFileSync(0)): Input {
  let bytes: Uint8Array;
  try {
    bytes = name === '-' ? readStdin() : readFileSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? error})`;
    return { ok: false, name, reason };
  }
  if (bytes.includes(0)) return { ok: false, name, reason: 'is binary' };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) return { ok: false, name, reason: `is not valid UTF-8 (byte offset ${invalid})` };
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const kind: InputKind =
    name === '-' ? (HTML_START.test(text) ? 'html' : 'text') : HTML_EXTENSIONS.has(extname(name).toLowerCase()) ? 'html' : 'text';
  return { ok: true, name, kind, text };
}
