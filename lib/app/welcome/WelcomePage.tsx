import { useState } from 'preact/hooks';
import type { CorpusSnapshot } from '../../corpus/corpus-snapshot';
import { EntityCard } from '../../shared/card';
import { TypeLegend } from '../type-legend';
import { SAMPLE_PASSAGE } from './sample-passage';

export interface WelcomePageProps {
  /** The bundled corpus; undefined while it loads. */
  snapshot: CorpusSnapshot | undefined;
  /** The keyboard shortcut of the toolbar popup, as the browser reports it ('' when unset). */
  shortcut: string | undefined;
  /** What the browser calls the side panel: Chrome's "side panel", Firefox's "sidebar". */
  panelName: string;
  onOpenSettings(): void;
}

const CARD_ID = 'wl-card';

/**
 * The page a reader sees once, after installing: a sample passage marked as Attaché marks
 * pages, the card of the chosen term, and where the popup, side panel and settings are.
 */
export function WelcomePage({ snapshot, shortcut, panelName, onOpenSettings }: WelcomePageProps) {
  const first = SAMPLE_PASSAGE.find((part) => typeof part !== 'string');
  const [chosen, setChosen] = useState(typeof first === 'object' ? first.id : undefined);
  const details = chosen === undefined ? undefined : snapshot?.details(chosen);
  return (
    <main class="wl-page">
      <h1>Welcome to Attaché</h1>
      <p class="wl-lead">
        Attaché reads the web pages you open and marks the actors and terms of cyber diplomacy it knows. Choose a
        marked term to see its card: what it is, key facts and where sources mention it.
      </p>

      <section class="wl-sample" aria-labelledby="wl-sample-heading">
        <h2 id="wl-sample-heading">Try it on this passage</h2>
        <p class="wl-passage">
          {SAMPLE_PASSAGE.map((part, i) => {
            if (typeof part === 'string') return part;
            const entity = snapshot?.entity(part.id);
            // Only what the bundled corpus knows is marked, as on a real page.
            if (!entity) return part.term;
            return (
              <button
                key={i}
                type="button"
                class="ac-mark wl-term"
                data-entity-type={entity.type}
                data-entity-id={entity.id}
                aria-expanded={chosen === entity.id}
                aria-controls={CARD_ID}
                onClick={() => setChosen(entity.id)}
              >
                {part.term}
              </button>
            );
          })}
        </p>
        {/* Scrolls within a bounded height, so it is focusable for keyboard scrolling. */}
        <div
          id={CARD_ID}
          class="wl-card ac-surface"
          role="region"
          aria-live="polite"
          aria-label="Card of the chosen term"
          tabIndex={0}
        >
          {details ? (
            <EntityCard details={details} onOpenEntity={setChosen} />
          ) : (
            <p class="wl-status">{snapshot ? 'Choose a marked term.' : 'Loading the corpus…'}</p>
          )}
        </div>
        <TypeLegend />
      </section>

      <section class="wl-where" aria-labelledby="wl-where-heading">
        <h2 id="wl-where-heading">Where to find Attaché</h2>
        <dl>
          <dt>Search</dt>
          <dd>
            The Attaché icon in the toolbar opens a search of every term it knows
            {shortcut ? (
              <>
                {' '}
                (shortcut <kbd>{shortcut}</kbd>)
              </>
            ) : null}
            . Pin it from the browser's extensions menu to keep it in view.
          </dd>
          <dt>On a page</dt>
          <dd>
            Click or hover over a marked term for its card. <kbd>Alt+Shift+N</kbd> and <kbd>Alt+Shift+P</kbd> move to the
            next and previous marked term.
          </dd>
          <dt>The {panelName}</dt>
          <dd>
            A card's <em>Open in side panel</em> shows everything Attaché knows of a term, every term the page mentions,
            and your team's notes.
          </dd>
          <dt>Settings</dt>
          <dd>
            Which kinds of terms to mark, sites to leave alone, and your team space.{' '}
            <button type="button" class="wl-settings" onClick={onOpenSettings}>
              Open settings
            </button>
          </dd>
        </dl>
      </section>
    </main>
  );
}
