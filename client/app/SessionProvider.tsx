import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Person } from "../../shared/api/people";
import type { Viewer } from "../../shared/permissions";
import { ApiError } from "../api/ApiError";
import { getMe, signOut as requestSignOut } from "../api/auth";

/** Whether someone is signed in in this browser. */
export type SessionState =
  | { status: "loading" }
  | { status: "signedOut" }
  | { status: "failed"; error: Error }
  | { status: "signedIn"; person: Person; viewer: Viewer };

export interface Session {
  state: SessionState;
  /** Records the person a sign-in or an accepted invitation returned. */
  signedIn(person: Person): void;
  signOut(): Promise<void>;
  /**
   * Reads the signed-in person's roles again (after the server said they changed) and answers
   * with the new viewer, or null when nobody is signed in any more or the server could not answer.
   */
  refresh(): Promise<Viewer | null>;
}

export const SessionContext = createContext<Session | null>(null);

function signedInState(person: Person): SessionState {
  return {
    status: "signedIn",
    person,
    viewer: { personId: person.id, workspaceRole: person.workspaceRole, memberships: person.memberships },
  };
}

/** Loads the signed-in person once; pages read it with `useSession`. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    getMe().then(
      ({ person }) => current && setState(signedInState(person)),
      (error: unknown) => {
        if (!current) {
          return;
        }
        const signedOut = error instanceof ApiError && error.status === 401;
        setState(signedOut ? { status: "signedOut" } : { status: "failed", error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const signedIn = useCallback((person: Person) => setState(signedInState(person)), []);
  const signOut = useCallback(async () => {
    await requestSignOut();
    setState({ status: "signedOut" });
  }, []);

  const refresh = useCallback(async (): Promise<Viewer | null> => {
    try {
      const { person } = await getMe();
      const next = signedInState(person);
      setState(next);
      return next.status === "signedIn" ? next.viewer : null;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setState({ status: "signedOut" });
      }
      return null;
    }
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut, refresh }), [state, signedIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
