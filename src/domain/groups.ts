/** Kinds of collective: a named working group or coalition, or an unnamed set the text counts. */
export const GROUP_KINDS = ['WORKING_GROUP', 'COALITION', 'COHORT', 'DELEGATION', 'PEOPLE', 'OTHER'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_DESCRIPTIONS: Record<GroupKind, string> = {
  WORKING_GROUP: 'A standing group its members formed (the Border Municipalities Working Group).',
  COALITION: 'An alliance of actors with a shared aim.',
  COHORT: 'Actors the text counts or describes together ("ten municipalities across the region").',
  DELEGATION: 'People or cities sent together to an event.',
  PEOPLE: 'A set of people (trainees, young participants) rather than authorities.',
  OTHER: 'Any other collective.',
};
