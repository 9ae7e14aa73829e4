import { useContext } from "react";
import { SessionContext, type Session } from "./SessionProvider";

/** The signed-in person, and sign-in and sign-out. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error("useSession must be used inside <SessionProvider>");
  }
  return session;
}
