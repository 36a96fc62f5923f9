/**
 * The worksheet as a .docx in base64, for `interventionLint/exportWorksheet`. Loaded on demand (it
 * pulls in the `docx` package); base64 rather than a Buffer, so that it also works in the browser
 * server, where there is no Buffer.
 */
import { Packer } from 'docx';
import { worksheetDocument } from '../export/docx';
import type { Worksheet } from '../export/types';

export function worksheetDocxBase64(sheet: Worksheet): Promise<string> {
  return Packer.toBase64String(worksheetDocument(sheet));
}
