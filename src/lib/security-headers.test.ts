import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildSecurityHeaders, formatHeadersFile, getScriptHash, parseHeadersFile } from './security-headers.ts';

test('getScriptHash is the CSP sha256 source of the exact script text', () => {
  const expected = createHash('sha256').update('alert(1)').digest('base64');
  assert.equal(getScriptHash('alert(1)'), `'sha256-${expected}'`);
  assert.notEqual(getScriptHash('alert(1) '), getScriptHash('alert(1)'));
});

test('the policy allows no inline script except hashed ones, no plugins, no framing, no base tag', () => {
  const csp = buildSecurityHeaders(['x()'])['Content-Security-Policy']!;
  const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src'))!;
  assert.equal(scriptSrc, `script-src 'self' 'wasm-unsafe-eval' ${getScriptHash('x()')}`);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "default-src 'self'"]) assert.ok(csp.includes(directive), directive);
});

test('a _headers file round-trips through format and parse', () => {
  const rules = { '/*': { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'; img-src 'self' data:" }, '/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' } };
  const text = formatHeadersFile(rules);
  assert.equal(text, "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'; img-src 'self' data:\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  assert.deepEqual(parseHeadersFile(text), rules);
});
