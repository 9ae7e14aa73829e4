import type { NextFunction, Request, RequestHandler, Response } from "express";
import { can, type Viewer, type WorkspaceAction } from "../../shared/permissions";
import { authenticate, sameOrigin, type Authentication, type AuthenticateDeps } from "../auth/authenticate";
import { forbidden, HttpError } from "./HttpError";

/** Who may call a route: anyone, any signed-in person, or people allowed a workspace action. */
export type RouteAccess = "public" | "signedIn" | WorkspaceAction;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Authenticates every API request once; handlers read the result with `authOf`. */
export function authenticateRequests(deps: AuthenticateDeps): RequestHandler {
  return (request, response, next) => {
    response.locals.auth = authenticate(request, deps);
    next();
  };
}

/** Refuses state-changing requests from other sites (the cookie is SameSite=Lax; this closes the rest). */
export const checkOrigin: RequestHandler = (request, _response, next) => {
  if (!SAFE_METHODS.has(request.method) && !sameOrigin(request)) {
    next(forbidden("Cross-site request refused."));
    return;
  }
  next();
};

export function authOf(response: Response): Authentication | null {
  return (response.locals.auth as Authentication | null | undefined) ?? null;
}

/** The signed-in viewer; routes behind `allow("signedIn")` or an action always have one. */
export function viewerOf(response: Response): Viewer {
  const auth = authOf(response);
  if (!auth) {
    throw new HttpError(401, "unauthenticated", "Sign in first.");
  }
  return auth.viewer;
}

/** Declares who may call a route; every route has one, before its handler. */
export function allow(access: RouteAccess): RequestHandler {
  return (_request: Request, response: Response, next: NextFunction) => {
    if (access === "public") {
      next();
      return;
    }
    const auth = authOf(response);
    if (!auth) {
      next(new HttpError(401, "unauthenticated", "Sign in first."));
      return;
    }
    if (access !== "signedIn" && !can(auth.viewer, access)) {
      next(forbidden());
      return;
    }
    next();
  };
}
