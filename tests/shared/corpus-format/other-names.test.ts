import { describe, expect, it } from 'vitest';
import { otherNames } from '../../../lib/shared/corpus-format/other-names';

const gge = {
  name: 'United Nations Group of Governmental Experts on Developments in the Field of Information and Telecommunications',
  shortName: 'UN GGE',
  aliases: ['UN GGE', 'UN-GGE', 'UNGGE', 'GGE', 'GGEs', 'Group of Governmental Experts', 'Groups of Governmental Experts', 'Group of Government Experts'],
  variants: ['Group of Government Experts'],
};

describe('otherNames', () => {
  it('leaves out the short name, curated variants and forms differing only in spelling or a plural', () => {
    expect(otherNames(gge)).toEqual(['GGE', 'Group of Governmental Experts']);
  });

  it('keeps the short name when the host shows only the official name', () => {
    expect(otherNames(gge, [gge.name])).toEqual(['UN GGE', 'GGE', 'Group of Governmental Experts']);
  });

  it('treats typographic and straight apostrophes, accents and case alike', () => {
    const china = { name: 'China', shortName: 'China', aliases: ["People's Republic of China", 'People’s Republic of China', 'PRC'], variants: [] };
    expect(otherNames(china)).toEqual(["People's Republic of China", 'PRC']);
  });

  it('keeps the official name out when it is shown, and a singular of it too', () => {
    const cbm = { name: 'confidence-building measures', shortName: 'confidence-building measures', aliases: ['CBM', 'confidence-building measure'], variants: [] };
    expect(otherNames(cbm)).toEqual(['CBM']);
  });
});
