/**
 * Tells this content script when its extension is gone: reloaded, updated or removed. Chrome
 * leaves the old script running in open pages with its extension APIs cut off
 * (`browser.runtime.id` reads undefined), and a new version is not injected into them; Firefox
 * unloads the script itself. The check reads nothing the page can see or forge: WXT's
 * ContentScriptContext learns of a newer script from an event on the page's document, which
 * names the extension and which any page can send, so this script does not use it.
 */
const CHECK_EVERY_MS = 2000;

export function whenExtensionGone(onGone: () => void): void {
  const check = () => {
    if (browser.runtime?.id !== undefined) return;
    clearInterval(timer);
    document.removeEventListener('visibilitychange', check);
    onGone();
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  // A tab the reader comes back to is checked at once rather than at the next tick.
  document.addEventListener('visibilitychange', check);
}
