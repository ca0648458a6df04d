export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // The corpus loader is wired here once lib/corpus-db exists.
  });
});
