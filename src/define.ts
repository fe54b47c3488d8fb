/**
 * The tags of Seloste's elements and the one rule for registering them: a tag is defined by
 * whoever asks first, and asking again does nothing (a page may have loaded a chunk twice, a
 * test may define what the widget also does). Each element is registered where it is first
 * used, from the chunk that holds it, so importing this module defines nothing and pulls no
 * element into a chunk. It is a few bytes: the embeds chunk, built on its own, has its own copy
 * (vite.config.ts).
 */

/** The tag of each element, by the name of its class. */
export type Tag = 'seloste-banner' | 'seloste-preferences' | 'seloste-notice' | 'seloste-embed';

/**
 * Registers `element` as `tag`, unless the tag is taken already.
 *
 * @example define('seloste-banner', SelosteBanner)
 */
export const define = (tag: Tag, element: CustomElementConstructor): void =>
  void (customElements.get(tag) || customElements.define(tag, element));
