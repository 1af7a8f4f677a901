/**
 * Which list a peer belongs to. Peers that have done what is needed come before those that are
 * only close, in the same hub or already in touch: a hub officer asks first "who has done it?".
 */
export enum PeerGroup {
  HAS_DONE_IT = 'HAS_DONE_IT',
  CLOSE_TIES = 'CLOSE_TIES',
}
