// Builds the embed into dist/:
//   dist/seloste.js   the classic script (IIFE) site owners load with one tag; cache it briefly.
//   dist/<build-id>/  the ES module chunks it imports on demand (consent manager, UI with Lit,
//                     texts per language, dialogs). The id is a hash of their contents, so the
//                     folder can be cached for ever; the loader knows its own build's id.
// The chunks are built first, so the loader can be given the id.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/**
 * The browsers Seloste supports: native <dialog>, constructed stylesheets on the document
 * (Safari 16.4), Array.prototype.findLast. Older ones get no banner, and no vendor loads.
 */
const browsers = ['chrome111', 'edge111', 'firefox128', 'safari16.4'];
const shared = { root, configFile: false, logLevel: 'warn' };
const langs = ['fi', 'sv', 'en'];
const staging = join(root, 'dist/.chunks');

/**
 * A last pass with terser (several compress passes, top-level names): about 1% off what every
 * visit downloads. Runs before the chunks are hashed, so the folder name fits their contents.
 */
async function minifyFile(file, { module }) {
  const { code } = await minify(await readFile(file, 'utf8'), {
    module,
    toplevel: true,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: false },
  });
  await writeFile(file, code);
}

await rm(join(root, 'dist'), { recursive: true, force: true });

await build({
  ...shared,
  build: {
    outDir: staging,
    target: browsers,
    cssTarget: browsers,
    // Library mode: ES modules as they are, without Vite's preload helper around import().
    lib: {
      entry: {
        app: 'src/app.ts',
        ...Object.fromEntries(
          langs.flatMap((lang) =>
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
        // Vite's library mode keeps whitespace and annotations in ES output, for bundlers that
        // build on a library; this output goes to browsers only.
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
      },
    },
  },
});

const files = (await readdir(staging, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
for (const file of files) await minifyFile(file, { module: true });
const hash = createHash('sha256');
for (const file of files) hash.update(file.slice(staging.length)).update(await readFile(file));
const id = hash.digest('hex').slice(0, 10);
await rename(staging, join(root, 'dist', id));

await build({
  ...shared,
  define: {
    __SELOSTE_BUILD__: JSON.stringify(id),
    __SELOSTE_VERSION__: JSON.stringify(version),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: browsers,
    lib: {
      entry: 'src/embed.ts',
      formats: ['iife'],
      name: 'selosteLoader',
      fileName: () => 'seloste.js',
    },
  },
});

await minifyFile(join(root, 'dist/seloste.js'), { module: false });

console.log(`built dist/seloste.js and dist/${id}/ (${files.length} chunks)`);
