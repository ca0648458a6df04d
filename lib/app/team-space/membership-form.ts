import {
  checkSpaceConfig,
  InviteCodeError,
  parseInvite,
  type SpaceConfig,
  type SpaceConfigField,
} from '../../notes';
import { describeInviteProblem } from './invite-problem-text';

/** What the join form holds, as typed. */
export interface JoinFormValues {
  /** Join with one pasted invite code, or with the server address, space and token apart. */
  mode: 'invite' | 'fields';
  invite: string;
  serverUrl: string;
  space: string;
  token: string;
  displayName: string;
  color: string;
}

export type JoinFormField = SpaceConfigField | 'invite';

export type JoinFormCheck = { ok: true; config: SpaceConfig } | { ok: false; errors: Partial<Record<JoinFormField, string>> };

/**
 * The membership a filled-in join form asks for, or what is wrong with it, per field. In
 * invite mode the code stands for server, space and token; its problems are the code's.
 */
export function checkJoinForm(values: JoinFormValues, authorId: string): JoinFormCheck {
  const errors: Partial<Record<JoinFormField, string>> = {};
  let access: Pick<SpaceConfig, 'serverUrl' | 'space' | 'token'> | null = null;
  if (values.mode === 'invite') {
    try {
      access = parseInvite(values.invite);
    } catch (error) {
      errors.invite = error instanceof InviteCodeError ? describeInviteProblem(error) : String(error);
    }
  }
  const check = checkSpaceConfig({
    serverUrl: access?.serverUrl ?? values.serverUrl,
    space: access?.space ?? values.space,
    token: access?.token ?? values.token,
    displayName: values.displayName,
    color: values.color,
    authorId,
  });
  if (!check.ok) {
    for (const [field, message] of Object.entries(check.errors) as Array<[SpaceConfigField, string]>) {
      const accessField = field === 'serverUrl' || field === 'space' || field === 'token';
      // A wrong invite code already says why; its parts have no fields of their own to mark.
      if (accessField && values.mode === 'invite') continue;
      errors[field] = message;
    }
  }
  if (Object.keys(errors).length > 0 || !check.ok) return { ok: false, errors };
  return { ok: true, config: check.config };
}
