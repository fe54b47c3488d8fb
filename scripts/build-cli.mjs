// Builds the `seloste` command (src/cli/seloste.ts) into dist/cli/: ES modules for Node 20 with
// Seloste's own code bundled in and npm packages left as imports, so they resolve from the
// installed package's dependencies. Each subcommand is a chunk of its own, loaded only when it
// runs (a browser driver or a database driver never loads for `validate`). bin/seloste.mjs runs it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const path = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

await rm(path('dist/cli'), { recursive: true, force: true });
await build({
  entryPoints: { seloste: path('src/cli/seloste.ts') },
  outdir: path('dist/cli'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});

console.log('built dist/cli/seloste.mjs');
