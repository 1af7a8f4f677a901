import { enumObject } from '../domain/enum';
import { PEER_REASON_KINDS, type PeerReasonKind as Kind } from '../domain/peers';

/** The GraphQL enum of domain/peers.ts (registered with its descriptions in peer.type.ts). */
export const PeerReasonKind = enumObject(PEER_REASON_KINDS);
export type PeerReasonKind = Kind;
