// Builds the `seloste` command (src/cli/seloste.ts) into dist/cli/seloste.mjs: one ES module for
// Node 20 with Seloste's own code bundled in and npm packages (parse5, marked) left as imports,
// so they resolve from the installed package's dependencies. bin/seloste.mjs runs it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const path = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

await build({
  entryPoints: [path('src/cli/seloste.ts')],
  outfile: path('dist/cli/seloste.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});

console.log('built dist/cli/seloste.mjs');
