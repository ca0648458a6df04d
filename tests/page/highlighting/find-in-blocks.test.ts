import { describe, expect, it } from 'vitest';
import { findInBlocks } from '../../../lib/page/highlighting';
import { BLOCK_SEPARATOR as SEP } from '../../../lib/page/text';
import { createRecognizer } from '../../../lib/shared/recognizer';
import { PAYLOAD } from './fixture';

const recognizer = createRecognizer(PAYLOAD.compiled);
const found = (text: string) => findInBlocks(recognizer, text).map((m) => [m.text, m.start]);

describe('findInBlocks', () => {
  it('keeps mentions within a block', () => {
    expect(found(`the Budapest Convention${SEP}APCERT`)).toEqual([
      ['Budapest Convention', 4],
      ['APCERT', 24],
    ]);
  });

  it('drops a match that runs from one block into the next', () => {
    const plain = recognizer.find(`in Budapest${SEP}Convention halls`);
    expect(plain.map((m) => m.text)).toEqual([`Budapest${SEP}Convention`]);
    expect(found(`in Budapest${SEP}Convention halls`)).toEqual([]);
  });

  it('finds again what each side of the separator holds on its own', () => {
    const text = `about Li Baodong${SEP}Budapest${SEP}Convention on Cybercrime`;
    expect(found(text)).toEqual([
      ['Li Baodong', 6],
      ['Convention on Cybercrime', text.indexOf('Convention')],
    ]);
  });
});
