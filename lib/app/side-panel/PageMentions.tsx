import type { PageState } from './active-page';
import { groupLabel, type PageGroup } from './page-groups';

export interface PageMentionsProps {
  page: PageState | undefined;
  groups: PageGroup[];
  /** Scroll the page to the entity's next mention. */
  onReveal(id: string): void;
  onOpen(id: string): void;
}

const mentionsLabel = (count: number) => `${count} ${count === 1 ? 'mention' : 'mentions'}`;
/** A PDF's pages, runs of three or more shortened: "p. 1, 3–7, 12". */
export function pagesText(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${pages[i]}–${pages[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(pages[k]));
    i = j + 1;
  }
  return `${pages.length === 1 ? 'p.' : 'pp.'} ${parts.join(', ')}`;
}
const pagesLabel = (pages: readonly number[]) => `on ${pages.length === 1 ? 'page' : 'pages'} ${pagesText(pages).replace(/^pp?\. /, '')}`;

/** "On this page": what Attaché recognised in the active tab, by type, with mention counts. */
export function PageMentions({ page, groups, onReveal, onOpen }: PageMentionsProps) {
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <section class="sp-page" aria-labelledby="sp-page-heading">
      <h2 class="sp-heading" id="sp-page-heading">
        On this page
      </h2>
      {page?.tab.title && <p class="sp-page-title">{page.tab.title}</p>}
      {!page ? (
        <p class="sp-empty">No page is open in this window.</p>
      ) : total === 0 ? (
        <p class="sp-empty">
          {page.mentions === undefined
            ? 'Attaché has not read this page (yet). It reads web pages once they have loaded.'
            : 'Attaché read this page and found none of the terms it knows.'}
        </p>
      ) : (
        groups.map((group) => (
          <section class="sp-group" key={group.type} data-entity-type={group.type} aria-labelledby={`sp-group-${group.type}`}>
            <h3 class="sp-group-heading" id={`sp-group-${group.type}`}>
              {groupLabel(group.type)} <span class="sp-group-size">{group.rows.length}</span>
            </h3>
            <ul class="sp-rows">
              {group.rows.map((row) => (
                <li class="sp-row" key={row.id} data-entity-id={row.id} data-count={row.count}>
                  <button
                    type="button"
                    class="sp-reveal"
                    onClick={() => onReveal(row.id)}
                    title="Show the next mention on the page"
                  >
                    <span class="sp-row-label">
                      <span class="sp-row-name" title={row.name}>
                        {row.name}
                      </span>
                      {row.team && <span class="sp-row-team">Team</span>}
                      {row.form && <span class="sp-row-form">on the page: “{row.form}”</span>}
                    </span>
                    {row.pages && (
                      <span class="sp-row-pages" aria-label={pagesLabel(row.pages)}>
                        {pagesText(row.pages)}
                      </span>
                    )}
                    <span class="sp-row-count" aria-label={mentionsLabel(row.count)}>
                      {row.count}
                    </span>
                  </button>
                  <button
                    type="button"
                    class="sp-details"
                    onClick={() => onOpen(row.id)}
                    aria-label={`Details: ${row.name}`}
                  >
                    Details
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
