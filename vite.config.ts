import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The built app may talk to no host but the one serving it (README, the trust rules). The dev server needs
// inline scripts for hot reload, so the policy is added to the built page only.
const contentSecurityPolicy: Plugin = {
  name: 'alliance-atlas-csp',
  apply: 'build',
  transformIndexHtml(html) {
    const policy = [
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    return html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    );
  },
};

// Once loaded, the built app works with no network (README): a service worker precaches every
// file of the build — the lazily loaded chunks, the workers, the world outline, the illustrative
// dataset — and serves the page from them. A new build waits until the reader applies it
// (`prompt`: src/state/clients/appUpdates.ts, the notice in src/ui/AppUpdate.tsx); it is
// registered from the app's code, so the page needs no inline script. Nothing in the dev server.
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The icon is among the files of the build below, and the plugin adds the manifest itself.
  includeManifestIcons: false,
  manifest: {
    name: 'Alliance Atlas',
    short_name: 'Alliance Atlas',
    description:
      'See and measure who collaborates with whom in the Social and Solidarity Economy, in the browser.',
    lang: 'en',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    // Every file of the build, whatever its kind, so that nothing added later is left online-only.
    globPatterns: ['**/*'],
    globIgnores: ['**/*.map', 'manifest.webmanifest'],
    // The page's chunk and the import worker are over 1 MB; a file over the limit would be left
    // out (and the build fail), so the limit sits well above the largest.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Nothing is fetched from another host, so no runtime caching: the precache is everything.
    runtimeCaching: [],
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, offline],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What the page does in a worker (an import, a layout) can take seconds on a shared,
          // loaded machine: a poll waits for it rather than the default second.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
