/**
 * The entity palette as CSS for extension pages and the card, on any element that carries
 * `data-entity-type`: `--ac-type` (the type's text colour for the colour scheme) and
 * `--ac-type-mark` and `--ac-type-tint` (the page highlight's underline and background); the class `ac-mark` marks a sample term as
 * the page highlights do. The card, the side panel's groups, the legend and the welcome page
 * all style from these.
 */
import { ENTITY_TYPES } from './corpus-format/corpus-schema';
import { ENTITY_PALETTE, markStyle, markTint } from './entity-palette';

const rules = (scheme: 'light' | 'dark') =>
  ENTITY_TYPES.map(
    (type) =>
      `[data-entity-type="${type}"] { --ac-type: ${ENTITY_PALETTE[type][scheme]}; --ac-type-mark: ${ENTITY_PALETTE[type].mark}; --ac-type-tint: ${markTint(ENTITY_PALETTE[type].mark)}; }`,
  ).join('\n');

const marks = ENTITY_TYPES.map((type) => `.ac-mark[data-entity-type="${type}"] { ${markStyle(ENTITY_PALETTE[type].mark)} }`).join('\n');

export const TYPE_COLOURS_CSS = `${rules('light')}
@media (prefers-color-scheme: dark) {
${rules('dark')}
}
${marks}
`;
