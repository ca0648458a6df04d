// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRelationIndex } from '../../../lib/shared/card/entity-details';
import { EntityCard, type EntityCardProps } from '../../../lib/shared/card';
import { cicir, corpus, secd } from './fixtures';
import { buttonNamed, click, mount } from './render';

const index = createRelationIndex(corpus);
let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function card(overrides: Partial<EntityCardProps> = {}) {
  const props: EntityCardProps = { details: index.details(cicir), onOpenEntity: vi.fn(), ...overrides };
  const mounted = mount(<EntityCard {...props} />);
  unmount = mounted.unmount;
  return { root: mounted.container, props };
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('EntityCard', () => {
  it('shows the short name as its title, the official name inside, type and summary', () => {
    const { root } = card({ headingId: 'h1' });
    const heading = root.querySelector('h2')!;
    expect(heading.textContent).toBe('CICIR');
    expect(heading.id).toBe('h1');
    expect(root.querySelector('.ac-official')?.textContent).toBe(`Official name: ${cicir.name}`);
    expect(root.querySelector('.ac-type')?.textContent).toBe('Organisation');
    expect(root.querySelector('.ac-summary')?.textContent).toBe(cicir.summary);
  });

  it('lists other names only, not spelling variants of a form already shown', () => {
    const { root } = card();
    // "CICIR" is the title; "Cicir" differs from it in case only, "China Institute of ..." from
    // the official name by a plural; "CICIR’s institute" is a curated variant: no other names.
    expect(root.querySelector('.ac-aliases')).toBeNull();
  });

  it('shows no official name line where the short name is the official name', () => {
    const { root } = card({ details: index.details({ ...cicir, shortName: cicir.name }) });
    expect(root.querySelector('h2')?.textContent).toBe(cicir.name);
    expect(root.querySelector('.ac-official')).toBeNull();
  });

  it('cites each key fact with the title of its source document', () => {
    const { root } = card();
    const items = [...root.querySelectorAll('.ac-facts > li')];
    expect(items.map((li) => li.querySelector('.ac-fact')?.textContent)).toEqual(cicir.facts.map((f) => f.text));
    expect(items[0]?.querySelector('cite')?.textContent).toBe('SECD summary, The Hague, April 2015');
    expect(items[1]?.querySelector('cite')?.textContent).toBe('CICIR–CSIS joint statement, June 2012');
  });

  it('shows three excerpts until the reader asks for all of them', () => {
    const { root } = card();
    expect(texts(root, '.ac-quote')).toEqual(cicir.sources.slice(0, 3).map((s) => s.quote));
    const more = buttonNamed(root, 'Show all 5 excerpts')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');

    click(more);
    expect(texts(root, '.ac-quote')).toEqual(cicir.sources.map((s) => s.quote));
    expect(texts(root, '.ac-excerpts cite')[1]).toBe('Beijing workshop report, Beijing, June 2014');
    expect(more.getAttribute('aria-expanded')).toBe('true');

    click(buttonNamed(root, 'Show fewer excerpts'));
    expect(root.querySelectorAll('.ac-quote')).toHaveLength(3);
  });

  it('offers no toggle when every excerpt already shows', () => {
    const { root } = card({ details: index.details({ ...cicir, sources: cicir.sources.slice(0, 2) }) });
    expect(root.querySelectorAll('.ac-quote')).toHaveLength(2);
    expect(buttonNamed(root, /Show all/)).toBeUndefined();
  });

  it('shows every excerpt and relation at once when expanded, as the side panel does', () => {
    const { root } = card({ expanded: true });
    expect(texts(root, '.ac-quote')).toEqual(cicir.sources.map((s) => s.quote));
    expect(buttonNamed(root, /Show all/)).toBeUndefined();
  });

  it('opens a related entity by id', () => {
    const onOpenEntity = vi.fn();
    const { root } = card({ details: index.details(secd), onOpenEntity });
    expect(texts(root, '.ac-related > li')).toEqual([
      'hosted by The Hague Centre for Strategic Studies',
      `${cicir.name} co-host of`,
    ]);
    click(buttonNamed(root, cicir.name));
    expect(onOpenEntity).toHaveBeenCalledWith('cicir');
  });

  it('shows how many team notes there are and sends the reader to the side panel for them', () => {
    const onOpenSidePanel = vi.fn();
    const { root } = card({ notesCount: 3, onOpenSidePanel });
    const notes = buttonNamed(root, '3 team notes — open in side panel');
    click(notes);
    expect(onOpenSidePanel).toHaveBeenCalledWith('cicir');
  });

  it('words the notes line for one, none and an unknown count', () => {
    const onOpenSidePanel = vi.fn();
    expect(card({ notesCount: 1, onOpenSidePanel }).root.querySelector('.ac-notes')?.textContent).toBe(
      '1 team note — open in side panel',
    );
    unmount?.();
    expect(card({ notesCount: 0, onOpenSidePanel }).root.querySelector('.ac-notes')?.textContent).toBe(
      'No team notes yet — open in side panel',
    );
    unmount?.();
    expect(card({ onOpenSidePanel }).root.querySelector('.ac-notes')?.textContent).toBe(
      'Team notes — open in side panel',
    );
  });

  it('runs its actions for this entity and the term the page used', () => {
    const onOpenSidePanel = vi.fn();
    const onAddNote = vi.fn();
    const onBlock = vi.fn();
    const { root } = card({ onOpenSidePanel, onAddNote, blockTerm: { text: 'CICIR', onBlock } });
    click(buttonNamed(root, 'Open in side panel'));
    click(buttonNamed(root, 'Add a note'));
    click(buttonNamed(root, 'Don’t highlight “CICIR” on this site'));
    expect(onOpenSidePanel).toHaveBeenCalledWith('cicir');
    expect(onAddNote).toHaveBeenCalledWith('cicir');
    expect(onBlock).toHaveBeenCalledTimes(1);
  });

  it('leaves out actions its host does not offer', () => {
    const { root } = card();
    expect(root.querySelector('.ac-actions')).toBeNull();
    expect(root.querySelector('.ac-notes')).toBeNull();
  });
});
