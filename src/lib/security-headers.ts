import { createHash } from 'node:crypto';

/** CSP source for an inline script: `'sha256-<base64>'` of its exact text. */
export function getScriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * Response headers for every page. Scripts: only our files, the hashed inline loader, and
 * WebAssembly compilation for Pagefind (`'wasm-unsafe-eval'`). Styles: only our stylesheet; pages
 * carry no inline style (code is coloured by class, see integrations/code-token-classes.ts).
 */
export function buildSecurityHeaders(inlineScripts: readonly string[]): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(getScriptHash).join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The `_headers` file format read by Netlify and Cloudflare Pages. */
export function formatHeadersFile(rules: Record<string, Record<string, string>>): string {
  return Object.entries(rules)
    .map(([pattern, headers]) => `${pattern}\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}`)
    .join('\n\n')
    .concat('\n');
}

/** Parses a `_headers` file back into rules (for tests and local servers). */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] = {};
    } else if (current) {
      const index = line.indexOf(':');
      current[line.slice(0, index).trim()] = line.slice(index + 1).trim();
    }
  }
  return rules;
}
