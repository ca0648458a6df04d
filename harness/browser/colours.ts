import type { BrowserContext } from 'playwright-core';

export interface ColourCounts {
  total: number;
  /** Dark, unsaturated pixels: ordinary text on a light background. */
  darkText: number;
  /** Strongly red pixels. */
  red: number;
}

/**
 * The RGBA bytes of a PNG screenshot, decoded by the browser itself in a blank page (the test
 * environment has no PNG decoder of its own).
 */
async function pixels(context: BrowserContext, png: Buffer): Promise<Uint8ClampedArray> {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, image.width, image.height).data;
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await page.close();
  }
}

/** Counts kinds of pixels in a PNG screenshot. */
export async function countColours(context: BrowserContext, png: Buffer): Promise<ColourCounts> {
  const data = await pixels(context, png);
  const counts = { total: data.length / 4, darkText: 0, red: 0 };
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r < 90 && g < 90 && b < 90 && Math.max(r, g, b) - Math.min(r, g, b) < 30) counts.darkText++;
    if (r > 180 && g < 80 && b < 80) counts.red++;
  }
  return counts;
}

/** The mean colour of a PNG screenshot as [r, g, b]. */
export async function meanColour(context: BrowserContext, png: Buffer): Promise<[number, number, number]> {
  const data = await pixels(context, png);
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
  const n = data.length / 4;
  return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
}
