/**
 * `node --import tsx scripts/import-bench.ts`: how the importer's time grows with the size of a
 * document. Imports made-up notices of 250 000 to 2 000 000 characters (every paragraph
 * different, so nothing is matched from memory) as plain text, Markdown and HTML, and prints the
 * time of each and how it grew from the size before. Linear growth doubles with the size.
 * Timings are this machine's; the tests count operations instead.
 */
import { importNotice, type ImportFormat } from '../src/notice/import/index.js';

const WORDS =
  'rekisteri tiedot asiakas käsittely säilytys sopimus evästeet oikeus luovutus palvelu yritys tietoja henkilö'.split(
    ' ',
  );

/** A notice of about `size` characters in `format`, its sections numbered and worded apart. */
function document(size: number, format: ImportFormat): string {
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const parts: string[] = [];
  let length = 0;
  for (let n = 1; length < size; n++) {
    const heading = n % 7 === 0 ? `${n}. Rekisterin nimi` : `${n}. ${word()} ${word()} ${n}`;
    const text = `${Array.from({ length: 40 }, () => word() + (random() < 0.1 ? '.' : '')).join(' ')}.`;
    const block =
      format === 'html'
        ? `<h2>${heading}</h2>\n<p>${text}</p>\n`
        : format === 'markdown'
          ? `## ${heading}\n\n${text}\n\n`
          : `${heading}\n\n${text}\n\n`;
    parts.push(block);
    length += block.length;
  }
  return parts.join('').slice(0, size);
}

for (const format of ['text', 'markdown', 'html'] as const) {
  let before: number | undefined;
  for (const size of [250_000, 500_000, 1_000_000, 2_000_000]) {
    const text = document(size, format);
    const start = performance.now();
    importNotice(text, { format, today: '2026-11-22', lang: 'fi' });
    const time = performance.now() - start;
    const growth = before ? `  ×${(time / before).toFixed(1)}` : '';
    process.stdout.write(
      `${format.padEnd(8)} ${String(size).padStart(9)} chars  ${Math.round(time)} ms${growth}\n`,
    );
    before = time;
  }
}
