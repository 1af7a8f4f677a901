/**
 * Every word list of the domain is a const array; these turn one into the `{ NAME: value }`
 * object that type-graphql's registerEnumType and class-validator's IsEnum take, so the
 * GraphQL enums and validators are derived from the list and cannot drift from it.
 */
export type EnumObject<T extends string> = { readonly [K in T]: K };
/** `log-normal` → `LOG_NORMAL`: a word as a GraphQL enum value names it. */
export type ConstantCase<S extends string> = S extends `${infer A}-${infer B}` ? `${Uppercase<A>}_${ConstantCase<B>}` : Uppercase<S>;
export const constantCase = <T extends string>(value: T): ConstantCase<T> => value.toUpperCase().replace(/-/g, '_') as ConstantCase<T>;
/** Keys in constant case for lower-case values (`{ READER: 'reader', LOG_NORMAL: 'log-normal' }`). */
export type UpperEnumObject<T extends string> = { readonly [K in T as ConstantCase<K>]: K };

export const enumObject = <const T extends string>(values: readonly T[]): EnumObject<T> =>
  Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as EnumObject<T>;

export const upperEnumObject = <const T extends string>(values: readonly T[]): UpperEnumObject<T> =>
  Object.freeze(Object.fromEntries(values.map((v) => [constantCase(v), v]))) as UpperEnumObject<T>;

/** A type guard for membership of a word list. */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
