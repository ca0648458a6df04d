// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRelationIndex, type EntityDetails, type TeamCardPart } from '../../../lib/shared/card/entity-details';
import { EntityCard } from '../../../lib/shared/card';
import { cicir, corpus } from './fixtures';
import { mount } from './render';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const part = (over: Partial<TeamCardPart> = {}): TeamCardPart => ({
  entryId: 'team-x',
  aliases: ['Xiandai Yuan'],
  facts: [{ text: 'Hosted a 2026 dialogue.', source: { quote: 'CICIR hosted the dialogue.', title: 'Dialogue news', url: 'https://news.example/d', date: '2026-11-30T08:00:00Z' } }],
  positions: [],
  addedBy: 'Ana',
  addedAt: '2026-12-01T10:00:00Z',
  changedBy: 'Ben',
  changedAt: '2026-12-02T09:00:00Z',
  ...over,
});

function card(details: EntityDetails) {
  const mounted = mount(<EntityCard details={details} onOpenEntity={vi.fn()} />);
  unmount = mounted.unmount;
  return mounted.container;
}

describe('the card’s team part', () => {
  it('shows a bundled entity’s team additions apart, citing the page with a link, author and dates', () => {
    const root = card({ ...createRelationIndex(corpus).details(cicir), team: { kind: 'extension', parts: [part()] } });
    const team = root.querySelector('.ac-team')!;
    expect(team.querySelector('.ac-team-heading')?.textContent).toBe('From your team');
    expect(team.querySelector('.ac-aliases')?.textContent).toBe('Also: Xiandai Yuan');
    expect(team.querySelector('.ac-fact')?.textContent).toBe('Hosted a 2026 dialogue.');
    expect(team.querySelector('.ac-team-quote')?.textContent).toBe('CICIR hosted the dialogue.');
    const link = team.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://news.example/d');
    expect(link.textContent).toBe('Dialogue news');
    expect(team.querySelector('.ac-cite')?.textContent).toBe('Dialogue news, 2026-11-30');
    expect(team.querySelector('.ac-team-by')?.textContent).toBe('Added by Ana on 2026-12-01, changed by Ben on 2026-12-02');
    // The bundled facts stay outside the team part.
    expect(root.querySelectorAll('.ac-facts').length).toBe(2);
  });

  it('marks a team entity as the team’s and renders peer text inert, linking only http(s)', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const entity = { ...cicir, id: 'team-x', name: hostile, shortName: hostile, aliases: [], variants: [], summary: hostile, facts: [], sources: [], relations: [] };
    const root = card({
      entity,
      related: [],
      team: { kind: 'own', parts: [part({ facts: [{ text: hostile, source: { quote: hostile, title: 'Bad', url: 'javascript:alert(1)', date: '2026-11-30' } }] })] },
    });
    expect(root.querySelector('.ac-type')?.textContent).toBe('Organisation · Team');
    expect(root.querySelector('h2')?.textContent).toBe(hostile);
    expect(root.querySelector('.ac-team img')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.ac-team a')).toBeNull();
    expect(root.querySelector('.ac-team .ac-cite')?.textContent).toBe('Bad, 2026-11-30');
    expect(root.querySelector('.ac-team-heading')).toBeNull();
  });
});
