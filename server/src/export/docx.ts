/**
 * The worksheet as a Word document, built with the `docx` package (real heading styles, tables,
 * bullets; no hand-written XML). Placeholders are bold red on a yellow highlight so that they stand
 * out in Word and in print.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { columnWidths } from './column-widths';
import { missingListItem, placeholder, type Block, type Cell, type Value, type Worksheet } from './types';
import { append } from '../core';

const GAP_COLOUR = 'C00000';
const MUTED = '52606D';
const LINE = 'BFC9D4';
const HEAD_FILL = 'EEF2F6';

function valueRuns(v: Value): TextRun[] {
  if (v.kind === 'text') return [new TextRun(v.text)];
  return [new TextRun({ text: placeholder(v.missing), bold: true, color: GAP_COLOUR, highlight: 'yellow' })];
}

function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true, color: MUTED })] });
}

function labelled(label: string, children: readonly ParagraphChild[]): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...children] });
}

function bullet(children: readonly ParagraphChild[]): Paragraph {
  return new Paragraph({ children: [...children], bullet: { level: 0 } });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: LINE };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function tableCell(lines: Cell, header: boolean, width: number): TableCell {
  return new TableCell({
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    borders: BORDERS,
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEAD_FILL } } : {}),
  });
}

/** The text width of an A4 page with Word's default margins of 1 inch (twips). */
const TEXT_WIDTH = 11906 - 2 * 1440;

function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  // Equal columns broke words mid-word (a seven-column study table); the widths follow the content.
  const widths = columnWidths(headers, rows, TEXT_WIDTH);
  const width = (i: number): number => widths[i] ?? 0;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => tableCell([h], true, width(i))) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => tableCell(c, false, width(i))) })),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: valueRuns(b.value) })];
    case 'field':
      return [labelled(b.label, valueRuns(b.value))];
    case 'list':
      return [...(b.label !== undefined ? [labelled(b.label, [])] : []), ...b.items.map((item) => bullet([new TextRun(item)]))];
    case 'table':
      return [new Paragraph({ children: [new TextRun({ text: b.caption, bold: true, color: MUTED })] }), table(b.headers, b.rows), new Paragraph({})];
    case 'note':
      return [note(b.text)];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, text: b.text })];
  }
}

function status(sheet: Worksheet): (Paragraph | Table)[] {
  const s = sheet.status;
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: sheet.statusHeading })];
  out.push(labelled('Geclaimd niveau', [new TextRun(s.claimed)]), labelled('Niveau dat het bewijs ondersteunt', [new TextRun(s.supported)]));
  if (s.assessed !== undefined) out.push(labelled('Oordeel erkenningscommissie', [new TextRun(s.assessed)]));
  out.push(new Paragraph({ children: [new TextRun({ text: `${s.supportsClaim ? '✓' : '✗'} ${s.verdict}`, bold: true, color: s.supportsClaim ? '1B6A32' : GAP_COLOUR })] }));
  if (s.levelGaps.length > 0) append(out, [new Paragraph({ text: 'Ontbreekt voor het geclaimde niveau:' }), ...s.levelGaps.map((g) => bullet([new TextRun(g)]))]);
  if (sheet.missing.length === 0) out.push(new Paragraph({ text: 'Alle onderdelen van het werkblad zijn ingevuld.' }));
  else {
    out.push(labelled(`Nog in te vullen (${sheet.missing.length})`, []));
    append(out, sheet.missing.map((m) => bullet([new TextRun({ text: missingListItem(m), color: GAP_COLOUR, highlight: 'yellow' })])));
  }
  append(out, s.notes.map(note));
  return out;
}

export function worksheetDocument(sheet: Worksheet): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: `${sheet.title}: ${sheet.name}` }),
    note(sheet.intro),
    ...status(sheet),
  ];
  for (const chapter of sheet.chapters) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: chapter.heading }));
    append(children, chapter.blocks.flatMap(block));
    for (const section of chapter.sections) append(children, [new Paragraph({ heading: HeadingLevel.HEADING_2, text: section.heading }), ...section.blocks.flatMap(block)]);
  }
  children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: sheet.footer, italics: true, color: MUTED, size: 16 })] }));
  return new Document({
    creator: 'intervention-lint',
    title: `${sheet.title}: ${sheet.name}`,
    description: sheet.intro,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [{ children }],
  });
}

/** The .docx file as bytes. */
export function renderWorksheetDocx(sheet: Worksheet): Promise<Buffer> {
  return Packer.toBuffer(worksheetDocument(sheet));
}

/** The same in base64: the language server sends it as text, and the browser build has no Buffer. */
export function worksheetDocxBase64(sheet: Worksheet): Promise<string> {
  return Packer.toBase64String(worksheetDocument(sheet));
}
