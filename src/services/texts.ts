/** Words several catalogue entries share (a chunk of their own, fetched with the first). */

/** The EU–US Data Privacy Framework, for providers whose US parent is certified under it. */
export const DPF = {
  fi: 'EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework)',
  sv: 'Dataskyddsramen mellan EU och USA (Data Privacy Framework)',
  en: 'EU–US Data Privacy Framework',
};

export const SCC = {
  fi: 'EU:n komission vakiosopimuslausekkeet',
  sv: 'EU-kommissionens standardavtalsklausuler',
  en: "The European Commission's standard contractual clauses",
};

export const GOOGLE = 'Google Ireland Limited';
export const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';

/**
 * What an ad pixel does, in each language, for the platform named `ads`.
 *
 * @example
 * pixel('TikTok').en // 'Tells TikTok what you do on our site after seeing our TikTok ads, …'
 */
export const pixel = (ads: string) => ({
  fi: `Kertoo ${ads}ille, mitä teet sivustollamme ${ads}-mainostemme jälkeen, jotta mainokset voidaan mitata ja kohdistaa sinulle ja samankaltaisille ihmisille.`,
  sv: `Berättar för ${ads} vad du gör på vår webbplats efter våra annonser på ${ads}, så att annonserna kan mätas och riktas till dig och liknande personer.`,
  en: `Tells ${ads} what you do on our site after seeing our ${ads} ads, so the ads can be measured and shown to you and people like you.`,
});
