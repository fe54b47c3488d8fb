#!/usr/bin/env node
// The `seloste` command. Its code is built into dist/cli/ (`npm run build`); this file only
// checks that it is there and runs it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/seloste.mjs', import.meta.url);

if (!existsSync(cli)) {
  console.error(
    'seloste: the command has not been built: run `npm run build` (dist/cli/seloste.mjs is missing).',
  );
  process.exit(1);
}

await import(cli.href);
