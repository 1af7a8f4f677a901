import { IsOptional, IsString, Length, Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { Field, ID } from 'type-graphql';
import { SLUG } from '../domain/ids';
import { isPartialDate } from '../domain/partial-date';
import { PartialDateScalar } from './partial-date';

/** What a client is told when an id is not a slug (domain/ids.ts SLUG). */
export const SLUG_MESSAGE = '$property must be a lower-case slug (letters, digits and single hyphens), e.g. "cape-town"';

/** Applies several property decorators as one, in the order given (the order they would run stacked bottom-up). */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/**
 * An input field or argument that names a node: a GraphQL ID that must be a slug (domain/ids.ts).
 * With `nullable: true` it may also be null or left out. One decorator for Field + IsOptional + Matches.
 */
export function IdField(options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  return all(
    Matches(SLUG, { message: SLUG_MESSAGE }),
    ...(options.nullable ? [IsOptional()] : []),
    Field(() => ID, options),
  );
}

export function IsPartialDate(options?: ValidationOptions) {
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isPartialDate',
      target: object.constructor,
      propertyName,
      options: { message: '$property must be a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD"', ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || isPartialDate(value) },
    });
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL_OR_BROKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
/** Text that is there but says nothing: spaces, tabs, newlines, no-break and zero-width spaces. */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]+$/u;

/**
 * Refuses control characters other than tab and newline (they break exports and terminals),
 * unpaired UTF-16 surrogates (the database would store them as U+FFFD, silently) and text
 * made only of white space (a name or excerpt of spaces passes a length check but is empty).
 * An empty string stays allowed where the field's length allows it (an optional description).
 */
export function IsCleanText(options?: ValidationOptions) {
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isCleanText',
      target: object.constructor,
      propertyName,
      options: {
        message: (args) =>
          typeof args.value === 'string' && BLANK.test(args.value)
            ? `${args.property} must not be blank (it has only white space)`
            : `${args.property} must not contain control characters or broken Unicode`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || (!CONTROL_OR_BROKEN.test(value) && !BLANK.test(value)),
      },
    });
  };
}

/**
 * An optional partial date ("2023", "2023-05", "2023-05-08"): one decorator for
 * Field(PartialDate, nullable) + IsOptional + IsPartialDate.
 */
export function DateField(options: { description?: string } = {}): PropertyDecorator {
  return all(
    IsPartialDate() as PropertyDecorator,
    IsOptional(),
    Field(() => PartialDateScalar, { nullable: true, ...options }),
  );
}

/**
 * Text from a curator: a string of `min`–`max` characters with no control characters and not
 * blank; with `nullable: true` it may be null or left out (then `min` is 0). One decorator for
 * Field(String) + IsOptional + IsString + IsCleanText + Length.
 */
export function TextField(options: { max: number; min?: number; nullable?: boolean; description?: string }): PropertyDecorator {
  const { max, min = options.nullable ? 0 : 1, nullable = false, description } = options;
  return all(
    Length(min, max),
    IsCleanText() as PropertyDecorator,
    IsString(),
    ...(nullable ? [IsOptional()] : []),
    Field(() => String, { nullable, ...(description ? { description } : {}) }),
  );
}
