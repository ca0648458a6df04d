import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildRecognizerPayload } from '../../../lib/background/recognizer-payload';
import { createTeamRecognizerSource, followTeamGlossary, type TeamTermsNow } from '../../../lib/background/team-recognition';
import { createRecognizer } from '../../../lib/shared/recognizer';
import { openNotesSpace, createSpaceConfigStore, type SpaceConfig } from '../../../lib/notes';
import type { Entity } from '../../../lib/shared/corpus-format/corpus-schema';
import type { StorageArea } from '../../../lib/shared/storage-area';
import type { RecognizerPayload } from '../../../lib/shared/messages';
import { newDevice } from '../../../harness/notes/device';
import { memoryStorage } from '../../../harness/memory-storage';
import { oewgDraft } from '../../notes/team-glossary/fixtures';

const gge: Entity = {
  id: 'un-gge', name: 'UN Group of Governmental Experts', shortName: 'UN GGE', type: 'process', aliases: ['UN GGE'], variants: [], summary: '',
  facts: [], relations: [], positions: [], rules: [], sources: [],
};
const corpus = { version: 'v1', entities: [gge] };
const entry = (fields: { id: string } & Partial<TeamTermsNow['entries'][number]>): TeamTermsNow['entries'][number] => ({
  aliases: [], facts: [], relations: [], positions: [], rules: [],
  addedBy: { id: 'a', name: 'A' }, addedAt: '2026-12-03', changedBy: { id: 'a', name: 'A' }, changedAt: '2026-12-03',
  ...fields,
});

function found(payload: RecognizerPayload, text: string): string[] {
  return createRecognizer(payload.compiled).find(text).map((m) => m.id);
}

describe('the recogniser with team entries', () => {
  it('compiles bundled and team names together once per revision; extensions speak for the bundled entity', async () => {
    let team: TeamTermsNow = { revision: 'r0', entries: [] };
    let builds = 0;
    const bundled = buildRecognizerPayload(corpus.version, corpus.entities);
    const source = createTeamRecognizerSource({
      bundledPayload: async () => bundled,
      readCorpus: async () => {
        builds += 1;
        return corpus;
      },
      team: async () => team,
    });
    expect(await source()).toBe(bundled);

    team = {
      revision: 'r1',
      entries: [
        entry({ id: 'oewg', name: 'Open-Ended Working Group', type: 'process', aliases: ['OEWG'] }),
        entry({ id: 'gge-more', extends: 'un-gge', aliases: ['Group of Experts'] }),
      ],
    };
    const withTeam = await source();
    expect(withTeam.version).toBe('v1+team-r1');
    expect(found(withTeam, 'The OEWG and the Group of Experts and the UN GGE.')).toEqual(['oewg', 'un-gge', 'un-gge']);
    expect(withTeam.types.oewg).toBe('process');
    expect(withTeam.names.oewg).toBe('Open-Ended Working Group');
    await source();
    expect(builds).toBe(1);
    team = { ...team, revision: 'r2' };
    await source();
    expect(builds).toBe(2);
  });

  it('follows the glossary a page edits, through the relay, with a new revision', async () => {
    const device = newDevice();
    await device.run(async () => {
      const storage: StorageArea = memoryStorage();
      const configStore = createSpaceConfigStore(storage);
      const config: SpaceConfig = {
        serverUrl: 'ws://127.0.0.1:9', space: 'acme', token: 'x'.repeat(43), displayName: 'Ana', color: '#1f77b4', authorId: 'author-ana',
      };
      await configStore.save(config);
      const revisions: string[] = [];
      const follower = followTeamGlossary({ configStore, relay: device.relay(), onChange: (r) => revisions.push(r), settleMs: 10 });
      const first = await follower.now();
      expect(first.entries).toEqual([]);

      const panel = openNotesSpace(config, { connect: false, relay: device.relay() });
      await panel.ready;
      expect(panel.glossary.save(oewgDraft(), []).problems).toEqual([]);
      await expect.poll(async () => (await follower.now()).entries.map((e) => e.id)).toEqual(['oewg']);
      const now = await follower.now();
      expect(now.revision).not.toBe(first.revision);
      expect(revisions.at(-1)).toBe(now.revision);
      await panel.close();
      await follower.close();
    });
  });
});
