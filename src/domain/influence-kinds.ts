/**
 * What a stated influence did (the `kind` of an INSPIRED relationship). One relationship type
 * with a kind, rather than three types, because every reader of influence — paths, reach,
 * cascades, metrics, exports — treats them alike as hops from source to target; the kind says
 * how the documents put it.
 */
export const INFLUENCE_KINDS = ['INSPIRED', 'SUPPORTED', 'LED_TO'] as const;
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number];

/** Relationships stored before kinds existed are inspirations. */
export const DEFAULT_INFLUENCE_KIND: InfluenceKind = 'INSPIRED';

export const INFLUENCE_KIND_DESCRIPTIONS: Record<InfluenceKind, string> = {
  INSPIRED: 'The target was inspired by, or learned from, the source.',
  SUPPORTED: 'The source helped the target act: experts, technical assistance, guidance, support to take part.',
  LED_TO: "The source resulted in the target's action: a request, a commitment, a joining, an agreement.",
};

export const INFLUENCE_KIND_LABELS: Record<InfluenceKind, string> = {
  INSPIRED: 'inspired',
  SUPPORTED: 'supported',
  LED_TO: 'led to',
};
