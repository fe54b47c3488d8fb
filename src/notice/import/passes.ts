/**
 * The passes that run over every reader's blocks, in this order (`PASSES`), before the sections
 * are found: tables become headings and text, or are kept for their topic columns; labels
 * written as paragraphs ("**Rekisterinpitäjä**", "3. REKISTERIN NIMI:", "Rekisterin nimi
 * Asiakasrekisteri") become heading candidates. Each pass takes blocks and gives blocks.
 */
import {
  escapeMarkdown,
  LINE_BREAK,
  looksLikeHeading,
  paragraph,
  plainText,
  type Block,
  type ParagraphBlock,
  type TableBlock,
  type TableCell,
} from './blocks.js';
import { cleanHeading, isExactWording, matchHeading, type HeadingMatch } from './heading-match.js';

export type Pass = (blocks: Block[], notes: string[]) => Block[];

/** What a label's text names, if anything known. */
function labelMatch(text: string): (HeadingMatch & { number?: number }) | undefined {
  const { text: clean, number } = cleanHeading(text);
  const match = matchHeading(clean);
  return match && { ...match, ...(number !== undefined ? { number } : {}) };
}

const isSure = (match: HeadingMatch | undefined) => match !== undefined && match.how !== 'keyword';

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * Tables: a table of labels and texts (two columns, the first naming known sections) becomes
 * headings and texts; a table of topic columns ("Where do we get it", "When do we delete it") is
 * kept for assemble to spread over its sections; a layout table becomes its cells' blocks; any
 * other table a Markdown table.
 *
 * @example tables([{ kind: 'table', header: false, rows: [[{ text: 'Rekisterin nimi', blocks: [] }, …], …] }], [])
 * // [{ kind: 'heading', text: 'Rekisterin nimi', level: 2 }, …]
 */
export const tables: Pass = (blocks, notes) =>
  blocks.flatMap((block) => (block.kind === 'table' ? tableBlocks(block, notes) : [block]));

function tableBlocks(table: TableBlock, notes: string[]): Block[] {
  const rows = table.rows.filter((row) => row.some((cell) => cell.text || cell.blocks.length));
  if (rows.length === 0) return [];
  const labelled = rows.filter((row) => row.length >= 2 && row[0].text && labelMatch(row[0].text));
  const pairs = rows.filter((row) => row.length === 2).length;
  if (labelled.length >= 2 && pairs >= Math.max(2, rows.length * 0.6)) {
    const first = rows[0];
    const skipHeader = table.header && !labelMatch(first[0].text);
    if (skipHeader) {
      notes.push(
        `The table's header row ("${first.map((cell) => cell.text).join(' | ')}") was left out.`,
      );
    }
    return (skipHeader ? rows.slice(1) : rows).flatMap((row): Block[] => {
      if (row.length < 2 || !row[0].text) return row.flatMap((cell) => cell.blocks);
      const line = row[0].line ?? row[0].blocks[0]?.line ?? table.line;
      const source = { ...(line ? { line } : {}) };
      const [label, ...texts] = row;
      return [
        {
          kind: 'heading',
          text: label.text,
          level: 2,
          ...source,
          ...(table.lang ? { lang: table.lang } : {}),
        },
        ...texts.flatMap((cell) => cell.blocks),
      ];
    });
  }
  if (topicColumns(table).length >= 2) return [table];
  if (
    rows.some((row) =>
      row.some(
        (cell) => cell.blocks.length > 1 || cell.blocks.some((inner) => inner.kind !== 'paragraph'),
      ),
    )
  ) {
    return rows.flat().flatMap((cell) => cell.blocks);
  }
  if (rows.every((row) => row.length <= 1)) return rows.flat().flatMap((cell) => cell.blocks);
  // Labels and values ("Nimi: | Kuura Oy", as contact details are often laid out): lines.
  if (!table.header && rows.every((row) => row.length === 2 && row[0].text.length <= 40)) {
    const lines = rows.map(
      ([label, value]) =>
        `${escapeMarkdown(label.text.replace(/:$/, ''))}: ${escapeMarkdown(value.text)}`,
    );
    return [paragraph(lines.join(LINE_BREAK), table.line, table.lang)];
  }
  return [
    paragraph(
      markdownTable(table.header ? rows : [rows[0].map(() => emptyCell()), ...rows]),
      table.line,
      table.lang,
    ),
  ];
}

function emptyCell(): TableCell {
  return { text: '', blocks: [] };
}

/** A table as a GitHub Markdown table. */
function markdownTable(rows: TableCell[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const cell = (item: TableCell | undefined) =>
    escapeMarkdown(item?.text ?? '').replace(/\|/g, '\\|') || ' ';
  const lines = rows.map(
    (row) => `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`,
  );
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return lines.join('\n');
}

/**
 * The columns of a table whose header names known sections, with the section each names:
 * "Where do we get it" → sources, "When do we delete it" → retention. The first column is the
 * rows' own label and names none.
 */
export function topicColumns(table: TableBlock): { column: number; id: string }[] {
  if (!table.header || table.rows.length < 2) return [];
  const seen = new Set<string>();
  const columns: { column: number; id: string }[] = [];
  table.rows[0].forEach((cell, column) => {
    if (column === 0) return;
    const match = matchHeading(cell.text);
    if (!match || seen.has(match.id) || match.id.startsWith('security')) return;
    seen.add(match.id);
    columns.push({ column, id: match.id });
  });
  return columns;
}

// ---------------------------------------------------------------------------------------------
// Labels

/**
 * Labels: a paragraph of one short line may be a heading, and is marked with `label` for the
 * sections to decide; a paragraph whose first (or any) line is a clear label of a known section,
 * or which starts with one ("**Rekisterinpitäjä:** Kuura Oy", "Rekisterin nimi Asiakasrekisteri"),
 * is split there, the label becoming a paragraph of its own.
 *
 * @example labels([paragraph('**Rekisterinpitäjä**\\\nKuura Oy')], [])
 * // [{ kind: 'paragraph', markdown: '**Rekisterinpitäjä**', label: '**Rekisterinpitäjä**', strong: true }, { kind: 'paragraph', markdown: 'Kuura Oy' }]
 */
export const labels: Pass = (blocks) =>
  blocks.flatMap((block): Block[] =>
    block.kind === 'paragraph' ? labelParagraphs(block) : [block],
  );

function labelParagraphs(block: ParagraphBlock): ParagraphBlock[] {
  if (block.markdown.startsWith('|')) return [block];
  const lines = block.markdown.split(LINE_BREAK);
  const source = defined({ line: block.line, lang: block.lang });
  const out: ParagraphBlock[] = [];
  let rest: string[] = [];
  const add = (markdown: string, strong?: boolean) =>
    out.push(asLabel({ ...paragraph(markdown), ...source }, strong));
  const flush = () => {
    if (rest.length > 0) add(rest.join(LINE_BREAK), out.length === 0 ? block.strong : undefined);
    rest = [];
  };
  lines.forEach((line, i) => {
    if (lines.length > 1 && isLabelLine(line, i === 0)) {
      flush();
      add(line.trim());
      return;
    }
    const lead = leadLabel(line, i === 0);
    if (lead) {
      flush();
      add(lead.label);
      rest.push(lead.rest);
      return;
    }
    rest.push(line);
  });
  flush();
  return out;
}

function defined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The paragraph, marked as a possible heading when it is one short line shaped like one. */
function asLabel(block: ParagraphBlock, strong: boolean | undefined): ParagraphBlock {
  const { markdown } = block;
  if (markdown.includes(LINE_BREAK)) return block;
  const text = plainText(markdown).trim();
  if (!looksLikeHeading(text) && !(isBold(markdown) && text.length <= 120)) return block;
  const bold = strong || isBold(markdown);
  return { ...block, label: markdown.trim(), ...(bold ? { strong: true } : {}) };
}

/** `**Label**`, `**Label:**` or `*Label*` (or with `_`), nothing else: a label set apart. */
function isBold(markdown: string): boolean {
  const text = markdown.trim();
  return /^(\*\*|__|\*|_)[^*_]+\1:?$/.test(text) || /^(\*\*|__)[^*_]+:\1$/.test(text);
}

/**
 * Whether a line inside a longer paragraph is a label to split at: bold on its own, or a known
 * section's heading (numbered, or ending with a colon, or simply its words). A bold line that
 * names nothing known splits only at the top, where a label of a party or a sub-part may be.
 */
function isLabelLine(line: string, first: boolean): boolean {
  const text = plainText(line).trim();
  if (!looksLikeHeading(text) && !isBold(line)) return false;
  const match = labelMatch(text);
  if (isBold(line)) return first ? match !== undefined : isSure(match);
  return (
    isSure(match) && (match!.how === 'exact' || match!.number !== undefined || text.endsWith(':'))
  );
}

/**
 * A label at the start of a line, with its text after it on the same line: `**Label:** text`,
 * `Label: text` or `Label Text` where Label is a known section's heading word for word.
 *
 * @example leadLabel('**Rekisterinpitäjä:** Kuura Oy') // { label: '**Rekisterinpitäjä:**', rest: 'Kuura Oy' }
 * @example leadLabel('Rekisterin nimi Asiakasrekisteri') // { label: 'Rekisterin nimi', rest: 'Asiakasrekisteri' }
 */
export function leadLabel(line: string, first = true): { label: string; rest: string } | undefined {
  const bold = /^((?:\*\*|__)([^*_\n]{2,120}?)(?::\s*)?(?:\*\*|__):?)\s+(\S.*)$/s.exec(line.trim());
  if (bold && labelMatch(bold[2])) return { label: bold[1], rest: bold[3] };
  const colon = /^([^:*\n]{3,80}):\s+(\S.*)$/s.exec(line.trim());
  if (
    colon &&
    !/\d{3}/.test(colon[1]) &&
    isSure(labelMatch(colon[1])) &&
    labelMatch(colon[1])!.how === 'exact'
  ) {
    return { label: `${colon[1]}:`, rest: colon[2] };
  }
  const plain = plainText(line).trim();
  if (!first || plain.length > 160 || line.includes('**') || isSure(labelMatch(plain)))
    return undefined;
  const words = plain.split(/\s+/);
  for (let count = Math.min(7, words.length - 1); count >= 1; count--) {
    const label = words.slice(0, count).join(' ');
    const rest = words.slice(count).join(' ');
    const clean = cleanHeading(label).text;
    const wordsOnly = /^[\p{L}\d§][\p{L}\d\s.,:()/§'’-]*$/u.test(label);
    if (wordsOnly && clean.length >= 6 && isExactWording(clean) && /^[\p{Lu}\d<[]/u.test(rest)) {
      return { label, rest: escapeMarkdown(rest) };
    }
  }
  return undefined;
}

/** The passes, in the order they run. */
export const PASSES: readonly Pass[] = [tables, labels];

/** Runs every pass over the blocks. */
export function runPasses(blocks: Block[], notes: string[]): Block[] {
  return PASSES.reduce((current, pass) => pass(current, notes), blocks);
}
