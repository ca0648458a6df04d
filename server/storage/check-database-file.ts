import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StorageOpenError } from './document-storage.ts';

const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';

/**
 * Checks, before SQLite opens it, that an existing file is a whole SQLite database: not empty,
 * not another kind of file, and not shorter than its header says (a copy that stopped
 * part-way). SQLite would open an empty file as a new database and read a short one until it
 * met the missing pages, so the server would start with its tokens and notes gone.
 */
export function checkDatabaseFile(file: string): void {
  const size = statSync(file).size;
  const restore = 'restore it from a complete backup, or move it away to start a new, empty server';
  if (size === 0) {
    throw new StorageOpenError(`${file} is empty (0 bytes), so it holds no spaces, tokens or notes: ${restore}`);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (size < HEADER_BYTES || header.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new StorageOpenError(`${file} is not an SQLite database (it does not start with the SQLite header): ${restore}`);
  }
  const pageSizeField = header.readUInt16BE(16);
  const pageSize = pageSizeField === 1 ? 65_536 : pageSizeField;
  const pages = header.readUInt32BE(28);
  // The page count in the header is meaningful only when these two counters agree.
  const pagesValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (pagesValid && pages > 0 && size < pages * pageSize) {
    throw new StorageOpenError(
      `${file} is incomplete: its header says ${pages * pageSize} bytes, the file has ${size} ` +
        `(a copy or backup that stopped part-way?): ${restore}`,
    );
  }
}
