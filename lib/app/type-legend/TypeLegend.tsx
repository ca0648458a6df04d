import { ENTITY_TYPES } from '../../shared/corpus-format/corpus-schema';
import { entityTypeLabel } from '../../shared/card/entity-type-label';
import { TYPE_COLOURS_CSS } from '../../shared/type-colours-css';

const LEGEND_CSS = `
.ac-legend-list { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 14px; }
.ac-legend-item { color: var(--ac-type); font-weight: 600; }
.ac-legend summary { cursor: pointer; }
`;

export interface TypeLegendProps {
  /** Collapsed behind its heading until opened (the side panel, short of room). */
  collapsed?: boolean;
}

/**
 * The colour key: each kind of term marked as pages mark it, named in the type's colour. It
 * brings its own stylesheet, so any extension page can show it.
 */
export function TypeLegend({ collapsed = false }: TypeLegendProps) {
  const list = (
    <ul class="ac-legend-list">
      {ENTITY_TYPES.map((type) => (
        <li key={type} class="ac-legend-item" data-entity-type={type}>
          <span class="ac-mark" data-entity-type={type}>
            {entityTypeLabel(type)}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <details class="ac-legend" open={!collapsed}>
      <style>{TYPE_COLOURS_CSS + LEGEND_CSS}</style>
      <summary>Colours of highlighted terms</summary>
      {list}
    </details>
  );
}
