import { glossaryDocName } from '../../notes/doc-names';
import { openLocalDoc, type LocalDoc } from '../../notes/local-doc';
import type { SpaceConfigStore } from '../../notes/space-config-store';
import type { UpdateRelay } from '../../notes/update-relay';
import { readTeamGlossary, type TeamEntry } from '../../notes/team-glossary';
import type { TeamTermsNow } from './team-recognizer-source';

/**
 * The team glossary as the background follows it for recognition: the member's space's
 * glossary document, loaded from this device and kept in step through the relay with the
 * extension pages (which hear the server live) and the background's own sync rounds.
 * `onChange` gets the entries' revision (a hash of their content) when they may have changed,
 * at most once per `settleMs`.
 */
export interface TeamGlossaryFollower {
  now(): Promise<TeamTermsNow>;
  close(): Promise<void>;
}

export function followTeamGlossary(deps: {
  configStore: SpaceConfigStore;
  relay: UpdateRelay;
  onChange(revision: string): void;
  settleMs?: number;
}): TeamGlossaryFollower {
  let revision = '';
  let entries: readonly TeamEntry[] = [];
  let local: LocalDoc | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ready: Promise<void> = Promise.resolve();

  const reread = () => {
    entries = local ? readTeamGlossary(local.doc).entries : [];
    revision = contentHash(JSON.stringify(entries));
  };
  const changed = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      reread();
      deps.onChange(revision);
    }, deps.settleMs ?? 150);
  };
  const open = async () => {
    const config = await deps.configStore.load();
    const name = config ? glossaryDocName(config.space) : undefined;
    if (local?.name === name) return;
    const previous = local;
    local = undefined;
    previous?.doc.off('update', changed);
    await previous?.close();
    if (name !== undefined) {
      const next = openLocalDoc(name, deps.relay);
      await next.loaded;
      next.doc.on('update', changed);
      local = next;
    }
    reread();
    deps.onChange(revision);
  };
  ready = open();
  const stop = deps.configStore.subscribe(() => {
    ready = ready.then(open, open);
  });

  return {
    async now() {
      await ready.catch(() => undefined);
      return { revision, entries };
    },
    async close() {
      stop();
      if (timer !== undefined) clearTimeout(timer);
      await ready.catch(() => undefined);
      local?.doc.off('update', changed);
      await local?.close();
    },
  };
}

/** FNV-1a over the entries' JSON: the same entries give the same revision after a restart. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}
