/** The worksheet as Markdown (GitHub-flavoured tables). Pure: worksheet in, string out. */
import { escapeMarkdown as md } from '../markup/markdown';
import { missingListItem, placeholder, type Block, type Cell, type Value, type Worksheet } from './types';
import { append } from '../core';

function value(v: Value): string {
  return v.kind === 'text' ? md(v.text) : `**${placeholder(v.missing)}**`;
}

function cell(lines: Cell): string {
  return lines.map(md).join('<br>');
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [value(b.value), ''];
    case 'field':
      return [`**${md(b.label)}:** ${value(b.value)}`, ''];
    case 'list':
      return [...(b.label !== undefined ? [`**${md(b.label)}:**`, ''] : []), ...b.items.map((item) => `- ${md(item)}`), ''];
    case 'table': {
      const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
      return [
        `_${md(b.caption)}_`,
        '',
        line(b.headers.map(md)),
        line(b.headers.map(() => '---')),
        ...b.rows.map((row) => line(row.map(cell))),
        '',
      ];
    }
    case 'note':
      return [`_${md(b.text)}_`, ''];
    case 'subheading':
      return [`#### ${md(b.text)}`, ''];
  }
}

export function renderWorksheetMarkdown(sheet: Worksheet): string {
  const out: string[] = [`# ${md(sheet.title)}: ${md(sheet.name)}`, '', `_${md(sheet.intro)}_`, ''];
  const s = sheet.status;
  out.push(`## ${md(sheet.statusHeading)}`, '');
  out.push(`- **Geclaimd niveau:** ${md(s.claimed)}`, `- **Niveau dat het bewijs ondersteunt:** ${md(s.supported)}`);
  if (s.assessed !== undefined) out.push(`- **Oordeel erkenningscommissie:** ${md(s.assessed)}`);
  out.push('', `**${s.supportsClaim ? '✓' : '✗'} ${md(s.verdict)}**`, '');
  if (s.levelGaps.length > 0) append(out, ['Ontbreekt voor het geclaimde niveau:', '', ...s.levelGaps.map((g) => `- ${md(g)}`), '']);
  if (sheet.missing.length === 0) out.push('Alle onderdelen van het werkblad zijn ingevuld.', '');
  else append(out, [`**Nog in te vullen (${sheet.missing.length}):**`, '', ...sheet.missing.map((m) => `- ${md(missingListItem(m))}`), '']);
  for (const note of s.notes) out.push(`_${md(note)}_`, '');

  for (const chapter of sheet.chapters) {
    out.push(`## ${md(chapter.heading)}`, '');
    for (const b of chapter.blocks) append(out, block(b));
    for (const section of chapter.sections) {
      out.push(`### ${md(section.heading)}`, '');
      for (const b of section.blocks) append(out, block(b));
    }
  }
  out.push('---', '', `_${md(sheet.footer)}_`, '');
  return out.join('\n');
}
