import { queue, snippet } from '../snippet.js';

/** The Insight Tag: the partner id globals and the `lintrk` queue; it has no consent API. */
export const { create, origins } = snippet('linkedin', 'marketing', {
  url: () => 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
  boot(w, id) {
    w._linkedin_partner_id = id;
    ((w._linkedin_data_partner_ids ??= []) as string[]).push(id);
    w.lintrk ??= queue('q', true);
  },
});
