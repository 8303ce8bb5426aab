import { createContext, useContext } from 'react';
import type { MethodOutput, Permission } from '../../../shared/contract';

/** An officer's unlocked session and what their roles let them do (officer.unlock, officer.me). */
export type SignedIn = MethodOutput<'officer.unlock'>;

const SignedInContext = createContext<SignedIn | null>(null);
export const SignedInProvider = SignedInContext.Provider;

/** The signed-in officer; only under the desk (never on a visitor screen). */
export function useSignedIn(): SignedIn {
  const signedIn = useContext(SignedInContext);
  if (!signedIn) throw new Error('useSignedIn outside the signed-in desk');
  return signedIn;
}

/**
 * Whether the officer's roles give `permission`: the desk shows only what they may use. The core
 * checks every call again (the dispatcher); this only keeps buttons that would be refused off screen.
 */
export function useCan(): (permission: Permission) => boolean {
  const signedIn = useContext(SignedInContext);
  return (permission) => signedIn?.permissions.includes(permission) ?? false;
}
