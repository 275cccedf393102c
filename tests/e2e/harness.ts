/**
 * Browser test harness: serves the built app (dist/) with Vite's preview server and drives
 * Debian's Chromium through playwright-core, recording what a test must never see: console
 * errors, uncaught page errors, and requests to any host but the one serving the app.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface AppSession {
  browser: Browser;
  server: PreviewServer;
  origin: string;
  /** Console errors and page errors seen so far, in every page opened by `open`. */
  errors: string[];
  /** URLs requested from any other origin than the preview server's, by a page or its service worker. */
  foreignRequests: string[];
  /**
   * Opens the app in a new browser context (nothing shared with the pages opened before: no
   * history, no storage); `locale` sets the browser's language (navigator.languages); `prepare`
   * runs on the page before it loads (routes, init scripts).
   */
  open(query?: string, options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface OpenOptions {
  locale?: string;
  /** The window's size (1400 × 900 unless told). */
  viewport?: { width: number; height: number };
  prepare?: (page: Page) => Promise<void>;
  /**
   * `block` keeps the app's service worker out: a test that makes a file fail to load through
   * the page's routes needs it, since the service worker would serve the file from its cache
   * (even a worker's script to a page it does not control, past the page's routes).
   */
  serviceWorkers?: 'allow' | 'block';
}

export async function startApp(): Promise<AppSession> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: run `npm run build` before the browser tests (npm test does).',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}: install it with \`sudo apt-get install -y chromium\` ` +
        '(Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'silent',
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];

  async function open(query = '', options: OpenOptions = {}): Promise<Page> {
    // A context of its own (as newPage makes): its own service worker and caches, so that
    // nothing one page cached can answer another.
    const page = await browser.newPage({
      viewport: options.viewport ?? { width: 1400, height: 900 },
      locale: options.locale ?? 'en-GB',
      serviceWorkers: options.serviceWorkers ?? 'allow',
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    // The context's requests: the page's, its workers' and its service worker's.
    page.context().on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreignRequests.push(url);
    });
    await options.prepare?.(page);
    await page.goto(`${origin}/${query}`);
    return page;
  }

  return {
    browser,
    server,
    origin,
    errors,
    foreignRequests,
    open,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the graph holds a dataset and its first layout is done. */
export async function waitForGraph(page: Page): Promise<{ nodes: number; edges: number }> {
  const graph = page.getByTestId('graph');
  await graph.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
  const nodes = Number(await graph.getAttribute('data-nodes'));
  const edges = Number(await graph.getAttribute('data-edges'));
  return { nodes, edges };
}
