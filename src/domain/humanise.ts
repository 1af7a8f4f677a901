/**
 * Human labels for enum values shown on dashboards (stats buckets) and in peer-reason
 * sentences. Values not listed read as sentence case: LEARNING_VISIT → "Learning visit".
 */
const OVERRIDES: Record<string, string> = {
  MULTI_ACTOR_MECHANISM: 'Multi-actor mechanism',
  NATIONAL_LOCAL_COOPERATION: 'National–local cooperation',
  NATIONAL_LOCAL_DIALOGUE: 'National–local dialogue',
  REMEMBRANCE_RECOVERY: 'Remembrance and recovery',
  STRATEGY_PLAN: 'Strategy or plan',
  RESEARCH_ASSESSMENT: 'Research and assessment',
};

/** "MULTI_ACTOR_MECHANISM" → "Multi-actor mechanism". */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return OVERRIDES[value] ?? words.charAt(0).toUpperCase() + words.slice(1);
}
