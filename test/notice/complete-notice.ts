/** A complete notice for the notice tests, and a way to break it anywhere. */
import type { Notice } from '../../src/notice/types.js';

/** A complete notice in Finnish and Swedish, which parses without errors or warnings. */
export function complete(): Notice {
  const text = (fi: string, sv: string) => ({ fi, sv });
  return {
    version: 1,
    languages: ['fi', 'sv'],
    created: '2024-01-10',
    updated: '2025-06-01',
    controller: {
      name: 'Kahvipaahtimo Kuura Oy',
      businessId: '1618033-3',
      address: 'Paahtimontie 4, 90100 Oulu',
      email: 'asiakaspalvelu@kuura.example',
      phone: '020 123 4567',
      website: 'https://kuura.example',
    },
    purposes: text('Tilausten toimittaminen.', 'Leverans av beställningar.'),
    legalBasis: text('Sopimus.', 'Avtal.'),
    dataContent: text('Nimi ja osoite.', 'Namn och adress.'),
    retention: text('Kaksi vuotta.', 'Två år.'),
    disclosures: text('Kuljetusliike.', 'Transportbolaget.'),
    transfers: text('Ei siirtoja EU:n ulkopuolelle.', 'Inga överföringar utanför EU.'),
    security: {
      manual: text('Lukittu kaappi.', 'Låst skåp.'),
      electronic: text('Salasanat.', 'Lösenord.'),
    },
    rights: text('Tarkastus, oikaisu ja poisto.', 'Insyn, rättelse och radering.'),
    complaint: text('Tietosuojavaltuutettu.', 'Dataombudsmannen.'),
    extraSections: [
      {
        id: 'uutiskirje',
        title: text('Uutiskirje', 'Nyhetsbrev'),
        text: text('Kerran kuussa.', 'En gång i månaden.'),
        after: 'rights',
      },
    ],
  };
}

/** A notice as plain JSON, to break in any place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests reach anywhere in it
export type Editable = Record<string, any>;

/** `complete()` changed by `change`, as plain JSON. */
export function changed(change: (notice: Editable) => void): unknown {
  const notice = JSON.parse(JSON.stringify(complete()));
  change(notice);
  return notice;
}

/** `count` extra sections, each placed after the one before it: a chain of `after`s. */
export function chained(count: number): Notice['extraSections'] {
  return Array.from({ length: count }, (_, i) => ({
    id: `osio-${i}`,
    title: `Osio ${i}`,
    text: 'Teksti.',
    ...(i > 0 ? { after: `osio-${i - 1}` } : { after: 'rights' }),
  }));
}

/**
 * A list that counts how often its items are read, to tell a linear algorithm from a slower one
 * without timing it.
 */
export function counting<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}
