/**
 * Embedded content held back until consent: which service an iframe's address belongs to, and
 * the address to load (the privacy-friendlier form where the service has one). Pure: no DOM.
 */

export type EmbedKind = 'video' | 'map' | 'audio' | 'content';

/** A service whose embeds Seloste recognises from their address. */
export interface EmbedService {
  /** `youtube`, `vimeo`, `google-maps`, `spotify`, `soundcloud`, or `embed` for any other. */
  readonly id: string;
  readonly name: string;
  readonly kind: EmbedKind;
  /** The company the visitor's data goes to. */
  readonly provider?: string;
  /** Country outside the EU/EEA the data may go to (ISO code), if any. */
  readonly transferTo?: string;
  readonly privacyUrl?: string;
}

const SERVICES: readonly EmbedService[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    kind: 'video',
    provider: 'Google Ireland Limited',
    transferTo: 'US',
    privacyUrl: 'https://policies.google.com/privacy',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    kind: 'video',
    provider: 'Vimeo.com, Inc.',
    transferTo: 'US',
    privacyUrl: 'https://vimeo.com/privacy',
  },
  {
    id: 'google-maps',
    name: 'Google Maps',
    kind: 'map',
    provider: 'Google Ireland Limited',
    transferTo: 'US',
    privacyUrl: 'https://policies.google.com/privacy',
  },
  {
    id: 'spotify',
    name: 'Spotify',
    kind: 'audio',
    provider: 'Spotify AB',
    privacyUrl: 'https://www.spotify.com/legal/privacy-policy/',
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud',
    kind: 'audio',
    provider: 'SoundCloud Global Limited & Co. KG',
    privacyUrl: 'https://soundcloud.com/pages/privacy',
  },
];

/** The hosts each service's embeds come from. */
const HOSTS: Record<string, RegExp> = {
  youtube: /^((www|m)\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be)$/,
  vimeo: /^((www|player)\.)?vimeo\.com$/,
  'google-maps': /^(www\.google\.[a-z.]+|maps\.google\.[a-z.]+)$/,
  spotify: /^open\.spotify\.com$/,
  soundcloud: /^w\.soundcloud\.com$/,
};

/**
 * The service and the address to load for `value` (an iframe's `data-seloste-src`), or why it
 * cannot be loaded: only https addresses (or this site's own) are. YouTube is moved to
 * youtube-nocookie.com, Vimeo gets `dnt=1`.
 *
 * @example
 * recogniseEmbed('https://youtu.be/abc123', 'https://shop.example.fi')
 * // { service: { id: 'youtube', … }, src: 'https://www.youtube-nocookie.com/embed/abc123' }
 */
export function recogniseEmbed(
  value: string,
  pageOrigin: string,
): { service: EmbedService; src: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(value, pageOrigin);
  } catch {
    return { problem: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.origin !== pageOrigin) {
    return { problem: 'expected an https URL (or a page of this site)' };
  }
  const found = SERVICES.find(({ id }) => HOSTS[id]!.test(url.hostname));
  const service =
    found && !(found.id === 'google-maps' && !url.pathname.startsWith('/maps'))
      ? found
      : generic(url);
  if (service.id === 'youtube') {
    const id =
      url.hostname === 'youtu.be'
        ? url.pathname.slice(1)
        : (url.searchParams.get('v') ?? /^\/(embed|shorts)\/([\w-]+)/.exec(url.pathname)?.[2]);
    if (id && /^[\w-]+$/.test(id)) {
      const embed = new URL(`https://www.youtube-nocookie.com/embed/${id}`);
      for (const [key, param] of url.searchParams)
        if (key !== 'v') embed.searchParams.set(key, param);
      return { service, src: embed.href };
    }
  }
  if (service.id === 'vimeo') {
    const id = /^\/(video\/)?(\d+)/.exec(url.pathname)?.[2];
    if (id) {
      const player = new URL(`https://player.vimeo.com/video/${id}${url.search}`);
      player.searchParams.set('dnt', '1');
      return { service, src: player.href };
    }
  }
  return { service, src: url.href };
}

/** Content from a host Seloste has no entry for, named by its host. */
const generic = (url: URL): EmbedService => ({
  id: 'embed',
  name: url.hostname.replace(/^www\./, ''),
  kind: 'content',
});
