// node:sqlite prints an "experimental feature" warning on every start; it would end up in
// every log and in the output of the admin commands. Other warnings still print.
const printWarnings = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /SQLite/i.test(warning.message)) return;
  for (const print of printWarnings) print(warning);
});
