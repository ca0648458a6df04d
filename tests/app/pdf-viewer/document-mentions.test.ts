import { describe, expect, it } from 'vitest';
import { DocumentMentions } from '../../../lib/app/pdf-viewer/document-mentions';

const m = (id: string, start: number) => ({ id, start, end: start + 3, text: id });

describe("a PDF's mentions", () => {
  const doc = () => {
    const d = new DocumentMentions(4);
    d.setPage(1, [m('apcert', 5)], true);
    d.setPage(2, [m('cicir', 0), m('apcert', 10)], true);
    d.setPage(3, [], false);
    d.setPage(4, [m('apcert', 2)], true);
    return d;
  };

  it('counts each entity with the pages it is on, most mentioned first', () => {
    expect(doc().counts()).toEqual([
      { id: 'apcert', count: 3, pages: [1, 2, 4] },
      { id: 'cicir', count: 1, pages: [2] },
    ]);
    expect(doc().counts((x) => x.id !== 'apcert')).toEqual([{ id: 'cicir', count: 1, pages: [2] }]);
  });

  it('names the pages without text', () => {
    const d = doc();
    expect(d.pagesWithoutText()).toEqual([3]);
    d.setPage(3, [], true);
    expect(d.pagesWithoutText()).toEqual([]);
    expect(d.pagesRead).toBe(4);
  });

  it('steps through mentions in reading order across pages, wrapping around', () => {
    const d = doc();
    const all = () => true;
    const where = (x: { page: number; start: number } | undefined) => x && `${x.page}:${x.start}`;
    expect(where(d.step(undefined, 'next', all))).toBe('1:5');
    expect(where(d.step({ page: 1, offset: 5 }, 'next', all))).toBe('2:0');
    expect(where(d.step({ page: 2, offset: 0 }, 'next', all))).toBe('2:10');
    expect(where(d.step({ page: 4, offset: 2 }, 'next', all))).toBe('1:5');
    expect(where(d.step({ page: 1, offset: 5 }, 'previous', all))).toBe('4:2');
    expect(where(d.step({ page: 2, offset: 10 }, 'previous', (x) => x.id === 'apcert'))).toBe('1:5');
    expect(d.step(undefined, 'next', () => false)).toBeUndefined();
  });
});
