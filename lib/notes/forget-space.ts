import { glossaryDocName, indexDocName, localDatabaseName } from './doc-names';
import { ledgerDatabaseName } from './sync-ledger';

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another page still has it open; it is deleted when that page closes it.
    request.onblocked = () => resolve();
  });
}

/**
 * Removes everything this device keeps of a space (index, team glossary, note bodies, sync ledger), for a
 * member leaving it. What the server holds is untouched; changes not yet sent are lost, so
 * the UI warns when the status shows pending changes. `knownDocs` are the space's document
 * names the caller knows of, for browsers that cannot list databases.
 */
export async function forgetSpaceLocally(space: string, knownDocs: string[] = [], factory: IDBFactory = indexedDB): Promise<void> {
  const names = new Set([
    localDatabaseName(indexDocName(space)),
    localDatabaseName(glossaryDocName(space)),
    ledgerDatabaseName(space),
    ...knownDocs.map(localDatabaseName),
  ]);
  const bodyPrefix = localDatabaseName(`${space}/`);
  if (typeof factory.databases === 'function') {
    for (const { name } of await factory.databases()) {
      if (name?.startsWith(bodyPrefix)) names.add(name);
    }
  }
  await Promise.all([...names].map((name) => deleteDatabase(factory, name)));
}
