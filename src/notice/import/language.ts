/** Telling whether a notice is written in Finnish, Swedish or English. */
import { LANGS, type Lang } from '../../core/types.js';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Short words that are common in one of the languages and rare in the others. */
const COMMON_WORDS: Record<Lang, Set<string>> = {
  fi: words(`
    ja ei tai sekä että jos kun joka jotka niitä sen ovat voidaan mukaan kanssa myös vain
    tiedot tietoja henkilötietoja henkilötiedot rekisteri rekisterin käsitellään kuin
    rekisterinpitäjä tietojen oikeus
  `),
  sv: words(`
    och att är för som med av till den det de inte kan på om eller vi våra dina uppgifter
    personuppgifter behandlas registret registrets rätt enligt
  `),
  en: words(`
    the and of to is for with that are be by or not we our your you this data personal
    processing information
  `),
};

/**
 * The language most of the text's common words belong to, how sure that is (the share of those
 * words in it, 0 to 1), and how many such words there were.
 *
 * @example detectLanguage('Rekisterin tiedot säilytetään ja käsitellään luottamuksellisesti.') // { lang: 'fi', certainty: 1, words: 3 }
 */
export function detectLanguage(text: string): { lang: Lang; certainty: number; words: number } {
  const counts: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LANGS) {
      if (COMMON_WORDS[lang].has(word)) counts[lang]++;
    }
  }
  const total = counts.fi + counts.sv + counts.en;
  const lang = LANGS.reduce((best, lang) => (counts[lang] > counts[best] ? lang : best));
  return { lang, certainty: total === 0 ? 0 : counts[lang] / total, words: total };
}
