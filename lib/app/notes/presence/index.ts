/** Presence of team members: names and colours published through Yjs awareness, checked on arrival. */
export { guardPeerStates } from './guard-peer-states';
export { presentPeers, type PresentPeer } from './peers';
export { PresenceList, type PresenceListProps } from './PresenceList';
export { presenceUser, readPresenceUser, UNKNOWN_MEMBER, type PresenceUser } from './presence-user';
