/**
 * `dist/seloste.js`: the loader as a classic script (`defer` or `async`). It knows its tag from
 * `document.currentScript`, which is set while a classic script first runs; it never guesses
 * from the page's other scripts. As `type="module"` there is no current script: that page needs
 * `seloste.mjs`, and is told so.
 */
import { start } from './loader.js';
import { warn } from './log.js';

const script = document.currentScript;
if (script instanceof HTMLScriptElement) start(script, script.src);
else warn('seloste.js must be loaded as a classic script; for type="module" use seloste.mjs.');
