import { describe, expect, it } from 'vitest';
import { syncWhenPageHides } from '../../lib/notes';

describe('asking for a sync when a notes page hides', () => {
  it('asks on pagehide, survives a background that cannot answer, and stops when told', () => {
    const page = new EventTarget() as unknown as Window;
    let requests = 0;
    const stop = syncWhenPageHides(page, () => {
      requests += 1;
      if (requests === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return Promise.reject(new Error('no answer'));
    });
    page.dispatchEvent(new Event('pagehide'));
    page.dispatchEvent(new Event('pagehide'));
    expect(requests).toBe(2);
    stop();
    page.dispatchEvent(new Event('pagehide'));
    expect(requests).toBe(2);
  });
});
