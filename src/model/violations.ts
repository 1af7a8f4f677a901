/** A class-validator ValidationError as far as messages go (type-graphql passes these on as plain objects). */
export interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

export interface Violation {
  /** Dotted path of the field (`citations.0.excerpt`). */
  field: string;
  message: string;
}

/**
 * Every failed constraint as a field path and message, in class-validator's order: the one
 * way both the GraphQL error formatter and the seed/import validation read class-validator.
 */
export function violations(errors: readonly ValidationErrorLike[], prefix = ''): Violation[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...violations(e.children ?? [], field)];
  });
}
