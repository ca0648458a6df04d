import type { PublicPath } from 'wxt/browser';
import { opensWelcome } from '../../lib/background/welcome-on-install';

// The welcome entrypoint; absent from PublicPath if types were prepared before it existed.
const WELCOME_PATH = '/welcome.html' as string as PublicPath;

/** Opens the welcome page in a new tab once, when Attaché is first installed. */
export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    opensWelcome(reason, browser.storage.local)
      .then(async (opens) => {
        if (opens) await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
      })
      .catch((error: unknown) => console.error('Attaché: welcome page not opened:', error));
  });
}
