/** Reading a QR code the way a phone would, for the print and base-path suites: jsQR on real pixels. */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

/** Draws the SVG at `src` on a canvas (400 px, about 10 px a module) in the page and decodes it with jsQR in Node. */
export async function decodeQr(page: Page, src: string): Promise<string | undefined> {
  const image = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return { size, data: [...ctx.getImageData(0, 0, size, size).data] };
  }, src);
  return jsQR(Uint8ClampedArray.from(image.data), image.size, image.size)?.data;
}
