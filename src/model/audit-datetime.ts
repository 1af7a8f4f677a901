import { GraphQLScalarType, Kind } from 'graphql';

/** RFC 3339 date-time with an explicit zone: `2024-05-08T12:00:00Z`, `2024-05-08T14:00:00.5+02:00`. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** The instant as the graph stores audit stamps: ISO 8601 in UTC with milliseconds (string-comparable). */
export function toInstant(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || value.length > 40 || !RFC3339.test(value)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const MESSAGE = 'Expected a date-time with a time zone, e.g. "2024-05-08T12:00:00Z".';

/**
 * An instant (audit stamps, `changes(since:)`). Values are ISO strings in UTC on both sides,
 * so that in-process results and JSON look the same.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant: RFC 3339 date-time with a time zone. Answers are in UTC, e.g. "2024-05-08T12:00:00.000Z".',
  serialize(value) {
    const v = toInstant(value);
    if (v === undefined) throw new TypeError(`DateTime cannot represent ${JSON.stringify(value)}`);
    return v;
  },
  parseValue(value) {
    const v = toInstant(value);
    if (v === undefined) throw new TypeError(MESSAGE);
    return v;
  },
  parseLiteral(ast) {
    const v = ast.kind === Kind.STRING ? toInstant(ast.value) : undefined;
    if (v === undefined) throw new TypeError(MESSAGE);
    return v;
  },
});
