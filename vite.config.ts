import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, headersFile } from './scripts/security-headers.mjs';

/**
 * The built page's security policy (scripts/security-headers.mjs): a meta tag in index.html, and
 * dist/_headers for static hosts, which also forbids framing (only a header can). Only in the
 * build: the dev server injects an inline script of its own.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'z2jh-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

/**
 * @monaco-editor/loader ships a default configuration that points at jsdelivr. The page hands the
 * loader the bundled Monaco (editor/monaco-setup.ts), so that address is never used; this swaps the
 * loader's configuration module for one without any address, so the build holds none either.
 */
function monacoLoaderWithoutCdn(): Plugin {
  const id = '\0z2jh-monaco-loader-config';
  return {
    name: 'z2jh-monaco-loader-without-cdn',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../config/index.js' && importer && /[\\/]@monaco-editor[\\/]loader[\\/]/.test(importer)) return id;
      return null;
    },
    load: (loaded) => (loaded === id ? 'export default { paths: {} };' : null),
  };
}

// `base: './'` makes every asset URL relative, so the same build works at the site root, under a
// project page path (GitHub Pages) or opened from any folder.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), monacoLoaderWithoutCdn()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the page imports statically goes into one chunk. Left to itself the bundler
          // cuts the modules that the lazy chunks share with the first paint into some twenty small
          // chunks; each then compresses on its own and carries import/export lists, so the page
          // downloaded 8 KB (gzip) more before it was interactive, in 24 more requests.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  worker: { format: 'es' },
});
