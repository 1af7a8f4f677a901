import type { EventKind, PracticeCategory } from './kinds';

/**
 * Human labels for enum values, for dashboards (stats buckets), peer-reason sentences and
 * the web page alike. Values not listed read as sentence case: LEARNING_VISIT → "Learning visit".
 */
const OVERRIDES: Partial<Record<PracticeCategory | EventKind, string>> & Record<string, string | undefined> = {
  MULTI_ACTOR_MECHANISM: 'Multi-actor mechanism',
  NATIONAL_LOCAL_COOPERATION: 'National–local cooperation',
  NATIONAL_LOCAL_DIALOGUE: 'National–local dialogue',
  REMEMBRANCE_RECOVERY: 'Remembrance and recovery',
  STRATEGY_PLAN: 'Strategy or plan',
  RESEARCH_ASSESSMENT: 'Research and assessment',
};

/** "MULTI_ACTOR_MECHANISM" → "Multi-actor mechanism". */
export function humanise(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return OVERRIDES[value] ?? words.charAt(0).toUpperCase() + words.slice(1);
}
