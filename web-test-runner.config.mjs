// Unit and component tests, in the system's Chromium (see scripts/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFile } from 'node:fs/promises';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/browser.mjs';

/** Serves `*.css?inline` as a module whose default export is the CSS text, as Vite does. */
const cssInline = {
  name: 'css-inline',
  async serve(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      const css = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    }
  },
};

/** Requests under /__hang/ are never answered: a script server that has gone silent. */
const hang = (context, next) =>
  context.path.startsWith('/__hang/') ? new Promise(() => {}) : next();

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  middleware: [hang],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [cssInline, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  testsFinishTimeout: 60_000,
  testFramework: { config: { timeout: 5000 } },
};
