import { useSyncExternalStore } from "react";

/** The pages Parley has. */
export type Route =
  | { page: "consultations" }
  | { page: "report"; consultationId: string }
  | { page: "versions"; consultationId: string }
  | { page: "overview"; consultationId: string }
  | { page: "receipt"; consultationId: string; organisationId: string; submissionId: number }
  | { page: "dashboard"; consultationId: string }
  | { page: "welcome"; token: string }
  | { page: "people" }
  | { page: "account" }
  | { page: "audit" }
  | { page: "notFound" };

/** Reads a page from a path: `/`, `/consultations/<id>` and its `/versions`, `/overview` and `/dashboard`, a receipt, `/people`, `/account`, `/audit`. */
export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "/consultations" || pathname === "/consultations/") {
    return { page: "consultations" };
  }
  const match = /^\/consultations\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) {
    return { page: "report", consultationId: decodeURIComponent(match[1]) };
  }
  const page = /^\/(people|account|audit)\/?$/.exec(pathname)?.[1];
  if (page === "people" || page === "account" || page === "audit") {
    return { page };
  }
  const versions = /^\/consultations\/([^/]+)\/versions\/?$/.exec(pathname);
  if (versions?.[1]) {
    return { page: "versions", consultationId: decodeURIComponent(versions[1]) };
  }
  const overview = /^\/consultations\/([^/]+)\/overview\/?$/.exec(pathname);
  if (overview?.[1]) {
    return { page: "overview", consultationId: decodeURIComponent(overview[1]) };
  }
  const receipt = /^\/consultations\/([^/]+)\/organisations\/([^/]+)\/submissions\/(\d+)\/?$/.exec(pathname);
  if (receipt?.[1] && receipt[2] && receipt[3]) {
    return { page: "receipt", consultationId: decodeURIComponent(receipt[1]), organisationId: decodeURIComponent(receipt[2]), submissionId: Number(receipt[3]) };
  }
  const dashboard = /^\/consultations\/([^/]+)\/dashboard\/?$/.exec(pathname);
  if (dashboard?.[1]) {
    return { page: "dashboard", consultationId: decodeURIComponent(dashboard[1]) };
  }
  const welcome = /^\/welcome\/([A-Za-z0-9_-]+)$/.exec(pathname);
  if (welcome?.[1]) {
    return { page: "welcome", token: welcome[1] };
  }
  return { page: "notFound" };
}

export const reportPath = (consultationId: string) => `/consultations/${encodeURIComponent(consultationId)}`;

export const versionsPath = (consultationId: string) => `${reportPath(consultationId)}/versions`;

/** A submission's receipt page. */
export const receiptPath = (consultationId: string, organisationId: string, submissionId: number) =>
  `${reportPath(consultationId)}/organisations/${encodeURIComponent(organisationId)}/submissions/${submissionId}`;

export const overviewPath = (consultationId: string) => `${reportPath(consultationId)}/overview`;

export const dashboardPath = (consultationId: string) => `${reportPath(consultationId)}/dashboard`;

const NAVIGATE_EVENT = "parley:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** Goes to a path without reloading the page. */
export function navigate(path: string): void {
  window.history.pushState(null, "", path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current page; re-renders on navigation and on the browser's back and forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
