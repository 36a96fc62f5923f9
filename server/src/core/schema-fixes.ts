/**
 * Editor quick fixes for schema findings: rename a misspelled key, correct an enum typo, insert a
 * missing required key with a placeholder; these need the author's judgement. Only a value that is
 * the same value spelled differently (a Dutch name, another case, a decimal comma) is a safe fix.
 */
import type { Document } from 'yaml';
import { insertKey, replaceScalar } from './edits';
import type { SchemaProblem } from './schema-errors';
import type { Fix } from './types';

function placeholder(schema: Readonly<Record<string, unknown>> | undefined): string {
  const type = schema?.['type'];
  if (type === 'integer' || type === 'number' || schema?.['oneOf'] !== undefined) return '0';
  if (type === 'boolean') return 'false';
  if (type === 'array') return '[]';
  if (type === 'object' || schema?.['$ref'] !== undefined) return '{}';
  return '"TODO"';
}

export function schemaFixes(doc: Document.Parsed, text: string, problem: SchemaProblem): Fix[] {
  const repair = problem.repair;
  if (!repair) return [];
  switch (repair.kind) {
    case 'rename-key': {
      const edit = replaceScalar(doc, problem.path, repair.to, 'key');
      return edit ? [{ title: { en: `Rename to \`${repair.to}\``, nl: `Hernoem naar \`${repair.to}\`` }, edits: [edit], safe: false }] : [];
    }
    case 'replace-value': {
      const edit = replaceScalar(doc, problem.path, repair.to, 'value', repair.plain === true);
      return edit ? [{ title: { en: `Change to \`${repair.to}\``, nl: `Wijzig in \`${repair.to}\`` }, edits: [edit], safe: repair.safe === true }] : [];
    }
    case 'insert-key': {
      const edit = insertKey(doc, text, problem.path.slice(0, -1), repair.key, placeholder(repair.schema));
      return edit ? [{ title: { en: `Add \`${repair.key}\``, nl: `Voeg \`${repair.key}\` toe` }, edits: [edit], safe: false }] : [];
    }
  }
}
