import { badInput } from '../errors';

/* Argument bounds the diffusion and metrics resolvers share. */

/** Refuses an integer argument outside [min, max], naming the argument. */
export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `"${field}" must be a whole number from ${min} to ${max}; it is ${value}.`);
  return value;
}
