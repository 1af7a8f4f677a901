import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isPartialDate } from '../domain/partial-date';

/** What a client is told when an id is not a slug (domain/ids.ts SLUG). */
export const SLUG_MESSAGE = '$property must be a lower-case slug (letters, digits and single hyphens), e.g. "cape-town"';

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

/**
 * Refuses control characters other than tab and newline (they break exports and terminals)
 * and unpaired UTF-16 surrogates (the database would store them as U+FFFD, silently).
 */
export function IsCleanText(options?: ValidationOptions) {
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isCleanText',
      target: object.constructor,
      propertyName,
      options: { message: '$property must not contain control characters or broken Unicode', ...options },
      validator: {
        // eslint-disable-next-line no-control-regex
        validate: (value: unknown) => typeof value !== 'string' || !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u.test(value),
      },
    });
  };
}
