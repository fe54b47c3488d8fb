/**
 * `dist/seloste.mjs`: the loader as an ES module (`<script type="module" src=".../seloste.mjs">`).
 * Its tag is the module script whose URL is exactly this module's own (`import.meta.url`), so an
 * injected decoy pointing elsewhere changes nothing; its chunks are resolved against that URL.
 */
import { start } from './loader.js';

start(
  [...document.scripts].find(
    (script) => script.type === 'module' && script.src === import.meta.url,
  ),
  import.meta.url,
);
