/**
 * The home-screen icons, drawn with sharp from `site/offline/icon.svg` at build time, so no
 * binary is kept in git. The tick sits inside the middle 80%, the safe zone of a maskable
 * icon, so phones can crop it to a circle or a rounded square.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import iconSvg from '@site/offline/icon.svg?raw';

export const ICON_SIZES = [192, 512] as const;

export const getStaticPaths: GetStaticPaths = () =>
  ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size } }));

export const GET: APIRoute = async ({ props }) => {
  const size = (props as { size: number }).size;
  const png = await sharp(Buffer.from(iconSvg), { density: (72 * size) / 512 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
