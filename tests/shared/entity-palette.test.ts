import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/shared/corpus-format/corpus-schema';
import { ENTITY_PALETTE, markTint, MARK_TINT_ALPHA, SURFACES } from '../../lib/shared/entity-palette';
import { highlightStyles } from '../../lib/shared/page-names/highlight-styles';
import { HIGHLIGHT_KEYS } from '../../lib/shared/page-names/page-names';
import { TYPE_COLOURS_CSS } from '../../lib/shared/type-colours-css';
import { contrast, over, rgbOf } from '../../harness/contrast';

/** Pages the highlights must work on: white, and the near-black of dark themes. */
const LIGHT_PAGE = rgbOf('#ffffff');
const DARK_PAGE = rgbOf('#121212');
/** Ordinary body text on those pages. */
const DARK_TEXT = rgbOf('#1d2228');
const LIGHT_TEXT = rgbOf('#e8eaed');

/** Hue in degrees and HSL saturation of a colour. */
function hueSaturation([r, g, b]: [number, number, number]): [number, number] {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [(h * 60 + 360) % 360, s];
}

describe.each(ENTITY_TYPES)('the %s colours', (type) => {
  const { mark, light, dark } = ENTITY_PALETTE[type];

  it('name the type at WCAG AA (4.5:1) on every light and dark surface of Attaché, also over the mark tint', () => {
    for (const surface of SURFACES.light) {
      expect(contrast(rgbOf(light), rgbOf(surface)), `${light} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      const tinted = over(rgbOf(mark), MARK_TINT_ALPHA, rgbOf(surface));
      expect(contrast(rgbOf(light), tinted), `${light} on the tint over ${surface}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const surface of SURFACES.dark) {
      expect(contrast(rgbOf(dark), rgbOf(surface)), `${dark} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      const tinted = over(rgbOf(mark), MARK_TINT_ALPHA, rgbOf(surface));
      expect(contrast(rgbOf(dark), tinted), `${dark} on the tint over ${surface}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('underline highlights visibly (3:1, WCAG non-text contrast) on light and dark pages', () => {
    expect(contrast(rgbOf(mark), LIGHT_PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrast(rgbOf(mark), DARK_PAGE)).toBeGreaterThanOrEqual(3);
  });

  it('keep the page’s text readable (4.5:1) through the highlight’s tint', () => {
    expect(contrast(DARK_TEXT, over(rgbOf(mark), MARK_TINT_ALPHA, LIGHT_PAGE))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(LIGHT_TEXT, over(rgbOf(mark), MARK_TINT_ALPHA, DARK_PAGE))).toBeGreaterThanOrEqual(4.5);
  });

  it('are not the blue of links', () => {
    const [hue, saturation] = hueSaturation(rgbOf(mark));
    expect(hue >= 190 && hue <= 260 && saturation > 0.35, `${mark}: hue ${hue.toFixed(0)}, saturation ${saturation.toFixed(2)}`).toBe(false);
  });
});

describe('the palette as a whole', () => {
  it('gives each type a mark of its own, far enough from every other to tell apart', () => {
    for (const a of ENTITY_TYPES) {
      for (const b of ENTITY_TYPES) {
        if (a >= b) continue;
        const [x, y] = [rgbOf(ENTITY_PALETTE[a].mark), rgbOf(ENTITY_PALETTE[b].mark)];
        const distance = Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
        expect(distance, `${a} and ${b}`).toBeGreaterThan(60);
      }
    }
  });

  it('is what the page highlights draw with: a dotted underline in the mark over its tint', () => {
    const names = Object.fromEntries(HIGHLIGHT_KEYS.map((key) => [key, `h${key}`])) as Record<(typeof HIGHLIGHT_KEYS)[number], string>;
    const css = highlightStyles(names);
    for (const type of ENTITY_TYPES) {
      const { mark } = ENTITY_PALETTE[type];
      const rule = css.split('\n').find((line) => line.startsWith(`::highlight(h${type})`))!;
      expect(rule).toContain(`underline dotted 2px ${mark}`);
      expect(rule).toContain(`background-color: ${markTint(mark)}`);
      expect(rule).not.toMatch(/underline (solid )?\d/);
    }
  });

  it('is what the card, side panel and legend style from, in light and dark', () => {
    for (const type of ENTITY_TYPES) {
      const { light, dark } = ENTITY_PALETTE[type];
      expect(TYPE_COLOURS_CSS).toContain(`[data-entity-type="${type}"] { --ac-type: ${light};`);
      const darkPart = TYPE_COLOURS_CSS.slice(TYPE_COLOURS_CSS.indexOf('prefers-color-scheme: dark'));
      expect(darkPart).toContain(`[data-entity-type="${type}"] { --ac-type: ${dark};`);
    }
  });
});
