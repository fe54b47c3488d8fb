import type { Integration } from './integration.js';

const adStorage = (value: 'granted' | 'denied') => ({ ad_storage: value });

/**
 * Microsoft Advertising UET (marketing) in consent mode: `uetq` opens with a denied default
 * on every page; a grant pushes the update and loads bat.js, which then takes the queue over.
 */
export function bingUet(tagId: string, src: string): Integration {
  let loaded = false;
  return {
    id: 'bingUet',
    category: 'marketing',
    init({ window: w }) {
      (w.uetq ??= []).push('consent', 'default', adStorage('denied'));
    },
    grant(env) {
      const w = env.window;
      (w.uetq ??= []).push('consent', 'update', adStorage('granted'));
      if (loaded) return;
      loaded = true;
      void env.loadScript(src).then((ok) => {
        if (!ok || !w.UET) return;
        // As Microsoft's tag does: the queued commands go to the UET object, which replaces it.
        w.uetq = new w.UET({ ti: tagId, enableAutoSpaTracking: true, q: w.uetq });
        w.uetq.push('pageLoad');
      });
    },
    revoke(env) {
      env.window.uetq?.push('consent', 'update', adStorage('denied'));
    },
  };
}
