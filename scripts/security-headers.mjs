// The page's security policy, in one place: the build writes it into index.html as a meta tag and
// into dist/_headers (the headers file of static hosts such as Netlify and Cloudflare Pages), and
// scripts/serve.mjs sends it as headers. README "Hosting" gives the same for nginx.

/**
 * Scripts from the page's own origin only and no eval (the schema validator is precompiled and
 * Monaco runs without it). Styles may be inline because Monaco writes its theme into <style>
 * elements. Nothing is fetched from, framed by or sent to another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The headers a host should send with every file. `frame-ancestors` (no site may frame the page,
 * so none can overlay it to trick a click) works only as a header, not in the meta tag.
 */
export const SECURITY_HEADERS = {
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The headers as a static host's `_headers` file: for every path. */
export function headersFile() {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
