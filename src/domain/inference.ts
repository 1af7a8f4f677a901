import { isOneOf } from './enum';

/**
 * Network inference (NetInf) words, in NetworkInference 1.2.5's spelling: the CLI's `--model`
 * takes them as they are; GraphQL names them in constant case (LOG_NORMAL), derived from here.
 */

/** How long a practice takes to travel along an edge (graph/influence/netinf/models.ts computes each). */
export const TRANSMISSION_MODELS = ['exponential', 'rayleigh', 'log-normal'] as const;
export type TransmissionModel = (typeof TRANSMISSION_MODELS)[number];
export const isTransmissionModel = (m: unknown): m is TransmissionModel => isOneOf(TRANSMISSION_MODELS, m);

/** Why inference stopped: the edges asked for were found, an edge reached the p-value cutoff, or no edge was left. */
export const INFERENCE_STOPS = ['edges', 'p-value', 'exhausted'] as const;
export type InferenceStop = (typeof INFERENCE_STOPS)[number];
