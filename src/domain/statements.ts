import type { NodeLabel } from './labels';

/**
 * The properties of each label that state something a document says (a launch date, a size,
 * where an event took place), shown as statements with their own citations. Names and
 * descriptions are the curator's words for the whole node, and coordinates come from a
 * gazetteer, so they are not statements. Relationship properties are all statements.
 */
export const NODE_STATEMENTS: Record<NodeLabel, readonly string[]> = {
  City: ['kind', 'country'],
  Country: ['iso2', 'region'],
  Region: [],
  Hub: ['launched'],
  Leader: ['title'],
  Organisation: ['kind', 'country'],
  Practice: ['category'],
  Event: ['kind', 'date', 'place', 'country', 'region'],
  Challenge: [],
  Group: ['kind', 'named', 'size', 'sizeAtLeast', 'country', 'region'],
  Source: [],
};

/** How the stored list `citationFields` separates the statements one citation supports. */
export const FIELD_SEPARATOR = ' ';
