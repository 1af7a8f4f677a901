import { enumObject } from '../domain/enum';
import { PEER_GROUPS, type PeerGroup as Group } from '../domain/peers';

/** The GraphQL enum of domain/peers.ts PEER_GROUPS (registered with its descriptions in peer.type.ts). */
export const PeerGroup = enumObject(PEER_GROUPS);
export type PeerGroup = Group;
