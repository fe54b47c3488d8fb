/*
 * The floor one module later, as a row of the peer benchmark (`npm run bench:peers`): a
 * classic script that does nothing but import `floor.js` as an ES module. That is the shape of
 * Seloste's loader (a small classic script, with the banner or the tags in a module it imports),
 * with none of Seloste's own work: what this row adds to the floor is the cost of the shape.
 */
import(new URL('floor.js', document.currentScript.src).href);
