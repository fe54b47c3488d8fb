/**
 * `vite build` builds the embed into dist/:
 *
 * - `dist/<build-id>/`: the ES module chunks the loader imports on demand (the app chunk with
 *   Lit and the banner, texts per language, the dialogs). The id is a hash of their contents,
 *   so the folder can be cached for ever.
 * - `dist/seloste.js`: the classic script (IIFE) site owners load with one tag, and
 *   `dist/seloste.mjs`, the same as an ES module for `type="module"` tags; both know their
 *   build's id. Cache them briefly.
 *
 * The chunks are built first; the `seloste-loader` plugin below then hashes them and builds
 * the loader with the id. (`npm run build` also builds the `seloste` command: build-cli.mjs.)
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Features } from 'lightningcss';
import { minify } from 'terser';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { LANGS } from './src/core/types.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = join(root, 'dist');
const staging = join(dist, '.chunks');

/**
 * The browsers Seloste supports: native <dialog>, constructed stylesheets on the document
 * (Safari 16.4), Array.prototype.findLast. Older ones get no banner, and no vendor loads.
 */
const BROWSERS = ['chrome111', 'edge111', 'firefox128', 'safari16.4'];

/**
 * A last pass with terser (several compress passes, top-level names) and the indentation of
 * templates: about 1% off what every visit downloads.
 */
async function minifyFile(file: string, module: boolean): Promise<string> {
  const { code: minified } = await minify(await readFile(file, 'utf8'), {
    module,
    toplevel: true,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: false },
  });
  // Terser writes one line: a line break left is in a template literal (Lit's HTML, CSS), where
  // the indentation after it is markup whitespace that collapses to one space anyway.
  const code = minified!.replace(/\n\s+/g, '\n');
  await writeFile(file, code);
  return code;
}

/**
 * Chunks fetched without the app chunk (by a returning visitor, or on a page with embeds): each
 * is built on its own, as one file with its own copy of whatever it uses, so that no piece of
 * the app chunk is ever split out into a file that every first visit would fetch as well.
 */
const STANDALONE = {
  vendors: 'src/vendors.ts',
  embeds: 'src/embeds.ts',
  problems: 'src/core/explain.ts',
  'consent-log': 'src/consent-log.ts',
  services: 'src/services.ts',
};

/**
 * Chunks of code that several chunks share, by a module each holds: Rolldown would name one
 * after whichever of its modules it picked (this one was `format.js`).
 */
const SHARED_CHUNKS: [module: RegExp, name: string][] = [
  // Lit and the dialogs' base class (with the consent controller and the date formats): the
  // preferences and the notice import it.
  [/[\\/]src[\\/]ui[\\/]dialog\.ts$/, 'lit-dialog'],
];

/**
 * The file of a chunk that is not an entry, in `chunks/`: a chunk that `import()` asks for is
 * named after its module (`notice.js`), one shared by several as `SHARED_CHUNKS` says. A shared
 * chunk of several modules that it does not name fails the build: it is also a new request on
 * some path, and worth a look.
 *
 * @example chunkFileName({ isDynamicEntry: true, name: 'notice', … }) // 'chunks/notice.js'
 */
function chunkFileName(chunk: Rolldown.PreRenderedChunk): string {
  const named = SHARED_CHUNKS.find(([module]) => chunk.moduleIds.some((id) => module.test(id)));
  if (!chunk.isDynamicEntry && !named && chunk.moduleIds.length > 1)
    throw new Error(
      `vite.config.ts: name the chunk shared by ${chunk.moduleIds.join(', ')} in SHARED_CHUNKS.`,
    );
  return `chunks/${chunk.isDynamicEntry ? chunk.name : (named?.[1] ?? chunk.name)}.js`;
}

/** The options each build shares: browser targets, minified ES output, the CSS settings. */
const shared = {
  // No light-dark() is used: without this, every color-scheme rule gets two unused variables.
  css: { lightningcss: { exclude: Features.LightDark } },
  output: {
    // Vite's library mode keeps whitespace and annotations in ES output, for bundlers that
    // build on a library; this output goes to browsers only.
    minify: true,
    comments: false,
  },
};

/**
 * After the chunks: build the standalone ones, minify and hash all, move them to
 * `dist/<id>/`, build the loader.
 */
function loader(): Plugin {
  return {
    name: 'seloste-loader',
    apply: 'build',
    async buildStart() {
      await rm(dist, { recursive: true, force: true });
    },
    async closeBundle() {
      for (const [name, entry] of Object.entries(STANDALONE)) {
        await build({
          root,
          configFile: false,
          logLevel: 'warn',
          css: shared.css,
          build: {
            outDir: staging,
            emptyOutDir: false,
            target: BROWSERS,
            cssTarget: BROWSERS,
            lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
            rolldownOptions: { output: shared.output },
          },
        });
      }
      const files = (await readdir(staging, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) {
        hash.update(file.slice(staging.length)).update(await minifyFile(file, true));
      }
      const id = hash.digest('hex').slice(0, 10);
      await rename(staging, join(dist, id));

      const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
      // The loader twice from one source: a classic script and an ES module.
      for (const [entry, format, fileName] of [
        ['src/embed.ts', 'iife', 'seloste.js'],
        ['src/embed-module.ts', 'es', 'seloste.mjs'],
      ] as const) {
        await build({
          root,
          configFile: false,
          logLevel: 'warn',
          define: {
            __SELOSTE_BUILD__: JSON.stringify(id),
            __SELOSTE_VERSION__: JSON.stringify(version),
          },
          build: {
            outDir: dist,
            emptyOutDir: false,
            target: BROWSERS,
            lib: { entry, formats: [format], name: 'selosteLoader', fileName: () => fileName },
          },
        });
        await minifyFile(join(dist, fileName), format === 'es');
      }
      console.log(
        `built dist/seloste.js, dist/seloste.mjs and dist/${id}/ (${files.length} chunks)`,
      );
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [loader()],
  css: shared.css,
  build: {
    outDir: staging,
    target: BROWSERS,
    cssTarget: BROWSERS,
    // Library mode: ES modules as they are, without Vite's preload helper around import().
    lib: {
      entry: {
        app: 'src/app.ts',
        ...Object.fromEntries(
          LANGS.flatMap((lang) =>
            ['banner', 'dialogs'].map((part) => [`${part}-${lang}`, `src/i18n/${lang}/${part}.ts`]),
          ),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Shared code may join an entry chunk (an extra export) rather than make a chunk of its own.
      preserveEntrySignatures: 'allow-extension',
      output: {
        ...shared.output,
        entryFileNames: '[name].js',
        chunkFileNames: chunkFileName,
      },
    },
  },
});
