/**
 * One colour set per entity type, declared here only: the page highlights, the card's type
 * label, the side panel's groups and the colour legend all read it, so a type looks the same
 * wherever Attaché shows it.
 *
 * - `mark`: the highlight's dotted underline and, translucent, its background. One colour for
 *   light and dark pages alike (a page's darkness says nothing about the browser's colour
 *   scheme), so it is a middle tone that stands out 3:1 against white and near-black pages.
 * - `light` / `dark`: the type's text colour (the card's type label, legend and group names) on
 *   Attaché's own light and dark surfaces, at least 4.5:1 against them.
 *
 * No type is blue: a blue underline reads as a link. tests/entity-palette.test.ts checks the
 * contrast ratios.
 */
import type { EntityType } from './corpus-format/corpus-schema';

export interface TypeColours {
  mark: string;
  light: string;
  dark: string;
}

export const ENTITY_PALETTE: Readonly<Record<EntityType, TypeColours>> = {
  organization: { mark: '#1c9a7a', light: '#0b6b53', dark: '#5fd4b5' },
  person: { mark: '#e2601c', light: '#a04600', dark: '#ffad6b' },
  instrument: { mark: '#9b5fd8', light: '#7238ab', dark: '#cda8f7' },
  concept: { mark: '#6f9a1a', light: '#4a6a0a', dark: '#b3d96a' },
  event: { mark: '#e0456a', light: '#b0223f', dark: '#ff95ad' },
  process: { mark: '#ad8c00', light: '#7d5c00', dark: '#f0c850' },
  country: { mark: '#8090a6', light: '#4f5b6b', dark: '#b9c3d0' },
};

/** Opacity of a highlight's background tint, over the page's own background. */
export const MARK_TINT_ALPHA = 0.16;

/** The type's mark at MARK_TINT_ALPHA, as `#rrggbbaa`. */
export const markTint = (mark: string): string =>
  `${mark}${Math.round(MARK_TINT_ALPHA * 255).toString(16).padStart(2, '0')}`;

/**
 * How a term of a type is marked, as CSS declarations: the page's `::highlight()` rules and the
 * samples in extension pages (legend, welcome page) both use this.
 */
export const markStyle = (mark: string): string =>
  `background-color: ${markTint(mark)}; text-decoration: underline dotted 2px ${mark}; text-underline-offset: 2px;`;

/** Attaché's own surfaces the type colours are checked against (card and extension pages). */
export const SURFACES = {
  light: ['#ffffff', '#f3f5f7'],
  dark: ['#1f2329', '#121212', '#2a2f36'],
} as const;
