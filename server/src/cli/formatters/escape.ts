/**
 * Escaping shared by the XML and HTML formatters. Messages quote user text (values from the
 * description), so everything that reaches markup goes through here.
 */

/**
 * Characters that XML 1.0 does not allow anywhere, not even as references: C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 (and so HTML) cannot carry. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '');
}

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content or a quoted attribute in XML. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/**
 * Escapes an attribute value; tab, line feed and carriage return become references so that
 * attribute-value normalisation does not turn them into spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export { escapeHtml } from '../../markup/html';
