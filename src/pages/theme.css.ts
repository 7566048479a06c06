import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/site.ts';

/**
 * The accent colour of `site.yaml` as a stylesheet that pages link after the main one (only when
 * the setting is there): a file, because the Content-Security-Policy allows no inline style.
 */
export const GET: APIRoute = async () => {
  const { accentColor } = (await getSiteContent()).settings;
  const css = accentColor ? `:root { --accent: light-dark(${accentColor.light}, ${accentColor.dark}); }\n` : '/* site.yaml sets no accentColor: the main stylesheet\'s colours apply. */\n';
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
