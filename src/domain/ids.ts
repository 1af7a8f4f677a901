/** Ids are lower-case slugs: `cape-town`, `nairobi-workshop-2022-05`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (s: unknown): s is string => typeof s === 'string' && SLUG.test(s);
