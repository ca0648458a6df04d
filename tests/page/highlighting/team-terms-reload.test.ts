// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecognizerPayload } from '../../../lib/background/recognizer-payload';
import { withTeamEntries } from '../../../lib/background/team-recognition';
import { ENTITIES, PAYLOAD, settings, startController } from './fixture';

let running: ReturnType<typeof startController> | undefined;
afterEach(() => {
  running?.controller.apply(settings({ enabled: false }));
  running = undefined;
});

describe('a new recogniser for an open page (team glossary edited)', () => {
  it('reads the page again with it, highlights the new term and reports it', async () => {
    document.body.innerHTML = '<p>The OEWG met after the Budapest Convention talks.</p>';
    let payload = PAYLOAD;
    running = startController({ loadRecognizer: async () => structuredClone(payload) });
    running.controller.apply(settings());
    await running.controller.idle();
    expect(running.highlights.texts()).toEqual({ instrument: ['Budapest Convention'] });

    const team = [{
      id: 'oewg', name: 'Open-Ended Working Group', type: 'process' as const, aliases: ['OEWG'], summary: 'x', facts: [], relations: [], positions: [], rules: [],
      addedBy: { id: 'a', name: 'A' }, addedAt: '2026-12-03', changedBy: { id: 'a', name: 'A' }, changedAt: '2026-12-03',
    }];
    payload = buildRecognizerPayload('test-1+team', withTeamEntries(ENTITIES, team));
    running.controller.reloadRecognizer();
    await running.controller.idle();
    expect(running.highlights.texts()).toEqual({ instrument: ['Budapest Convention'], process: ['OEWG'] });
    await expect.poll(() => running!.reports.at(-1)?.map((r) => r.id).sort()).toEqual(['budapest-convention', 'oewg']);
  });
});
