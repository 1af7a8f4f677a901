/*
 * XML text for GraphML and GEXF. Characters XML 1.0 cannot hold at all (C0 controls other
 * than tab, newline and carriage return; lone surrogates; U+FFFE/U+FFFF) are stripped —
 * the curation path already refuses control characters, so this only guards data that
 * came in some other way. Newlines and tabs are written as character references so that
 * attribute-value normalisation in parsers keeps them.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Escapes a value for use in XML text or a double-quoted attribute. */
export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(INVALID_XML, '')
    .replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c]!);
}

/** `name="value"` pairs for the values that are set. */
export const xmlAttrs = (attrs: Record<string, string | number | null | undefined>): string =>
  Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${xmlEscape(v!)}"`)
    .join('');
