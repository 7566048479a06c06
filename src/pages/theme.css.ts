import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/site.ts';

/**
 * The accent colour of `site.yaml` as a stylesheet that pages link (only when the setting is
 * there): a file, because the Content-Security-Policy allows no inline style. Astro places its
 * bundled stylesheet after this link, so the selector outweighs global.css's `:root` instead of
 * relying on order.
 */
export const GET: APIRoute = async () => {
  const { accentColor } = (await getSiteContent()).settings;
  const css = accentColor ? `:root:root { --accent: light-dark(${accentColor.light}, ${accentColor.dark}); }\n` : '/* site.yaml sets no accentColor: the main stylesheet\'s colours apply. */\n';
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
