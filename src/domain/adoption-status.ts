/**
 * How far an actor has taken up a practice, in the words the documents use — ordered from the
 * first step to the last. Stored as written on ADOPTED; the GraphQL enum, the validators, the
 * peer finder's classes and the page's labels all derive from this list.
 */
export const ADOPTION_STATUSES = [
  'INTERESTED',
  'COMMITTED',
  'PLANNED',
  'DEVELOPING',
  'PILOTING',
  'IMPLEMENTING',
  'IMPLEMENTING_WITH_SUPPORT',
  'IMPLEMENTED',
] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

export const ADOPTION_STATUS_DESCRIPTIONS: Record<AdoptionStatus, string> = {
  INTERESTED: 'Expressed interest in taking it up.',
  COMMITTED: 'Decided or committed to take it up.',
  PLANNED: 'A launch is planned.',
  DEVELOPING: 'Being drafted or built.',
  PILOTING: 'Piloting it (in part of the area or for a trial period).',
  IMPLEMENTING: 'Rolling it out.',
  IMPLEMENTING_WITH_SUPPORT: 'Implementing it with outside support (technical assistance, a partner programme).',
  IMPLEMENTED: 'In place.',
};

/** Short labels for people ("Implementing with support"). */
export const ADOPTION_STATUS_LABELS: Record<AdoptionStatus, string> = {
  INTERESTED: 'Interested',
  COMMITTED: 'Committed',
  PLANNED: 'Planned',
  DEVELOPING: 'Developing',
  PILOTING: 'Piloting',
  IMPLEMENTING: 'Implementing',
  IMPLEMENTING_WITH_SUPPORT: 'Implementing with support',
  IMPLEMENTED: 'Implemented',
};

/**
 * What a status says about experience, as the peer finder and "who can help" read it:
 * DONE — has it in place; DOING — has hands-on experience (piloting, implementing);
 * INTENDING — has not started yet.
 */
export type AdoptionStage = 'DONE' | 'DOING' | 'INTENDING';
export const ADOPTION_STAGE: Record<AdoptionStatus, AdoptionStage> = {
  INTERESTED: 'INTENDING',
  COMMITTED: 'INTENDING',
  PLANNED: 'INTENDING',
  DEVELOPING: 'INTENDING',
  PILOTING: 'DOING',
  IMPLEMENTING: 'DOING',
  IMPLEMENTING_WITH_SUPPORT: 'DOING',
  IMPLEMENTED: 'DONE',
};

/** Statuses with hands-on experience (DONE or DOING), for Cypher filters. */
export const EXPERIENCED_STATUSES = ADOPTION_STATUSES.filter((s) => ADOPTION_STAGE[s] !== 'INTENDING');

/** Statuses that say a practice is still to be done in full: a city's own needs for the peer finder. */
export const UNFINISHED_STATUSES = ADOPTION_STATUSES.filter((s) => ADOPTION_STAGE[s] !== 'DONE');

/** Stored values of earlier versions and what they mean now (applied by the migrations). */
export const LEGACY_ADOPTION_STATUSES: Record<string, AdoptionStatus> = { PILOT: 'PILOTING' };
