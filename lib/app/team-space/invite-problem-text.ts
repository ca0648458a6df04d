import { INVITE_PREFIX, type InviteCodeError, type InviteProblem } from '../../notes';

const READER_TEXT: Record<InviteProblem, string> = {
  empty: 'Paste the invite code you were given.',
  'not-an-invite': `This is not an Attaché invite code. Invite codes begin with ${INVITE_PREFIX} — ask for a new one.`,
  damaged: 'This invite code is incomplete or damaged. Copy it again in full, or ask for a new one.',
  'other-version': 'This invite code was made for another version of Attaché. Update Attaché, or ask for a new code.',
  'unusable-contents': 'This invite code does not hold a server and space Attaché can use. Ask for a new one.',
};

/**
 * A wrong invite code in the words of the reader who pasted it. What the code holds wrongly
 * is added only where it helps whoever made the code; the rest is parser detail.
 */
export function describeInviteProblem(error: InviteCodeError): string {
  const text = READER_TEXT[error.problem];
  if (error.problem !== 'unusable-contents') return text;
  return `${text} (For whoever made it: ${error.message.replace(/^invite code: /, '')}.)`;
}
