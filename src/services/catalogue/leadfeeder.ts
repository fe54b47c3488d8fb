import type { ServiceInfo } from '../../core/services.js';

export const info: ServiceInfo = {
  id: 'leadfeeder',
  // It names the companies that visit, for sales: no measurement of the site itself.
  category: 'marketing',
  name: 'Leadfeeder',
  provider: 'Leadfeeder Oy (Dealfront)',
  purpose: {
    fi: 'Päättelee käynnin verkko-osoitteesta, mistä yrityksestä se tulee, ja näyttää meille yrityksen lukemat sivut myyntityötämme varten.',
    sv: 'Avgör utifrån besökets nätverksadress vilket företag det kommer från och visar oss vilka sidor företaget läste, för vårt säljarbete.',
    en: "Works out from a visit's network address which company it comes from, and shows us the pages that company read, for our sales work.",
  },
  privacyUrl: 'https://www.leadfeeder.com/privacy/',
  cookies: [{ name: '_lfa', days: 365 }],
  patterns: ['_lfa*'],
};
