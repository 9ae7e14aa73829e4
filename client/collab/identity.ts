import { useCallback, useState } from "react";

/** Who this browser's person is to the others: the name and colour on their caret. */
export interface Identity {
  name: string;
  color: string;
}

const STORAGE_KEY = "parley.identity";

/** Caret colours readable against white, with white or dark labels. */
const PALETTE = ["#1f6feb", "#b3261e", "#1a7f37", "#8250df", "#bc4c00", "#0a7c86", "#bf3989", "#6e5600"];

/** The same name always gets the same colour, so people recognise each other. */
export function colorFor(name: string): string {
  let hash = 0;
  for (const char of name) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  }
  return PALETTE[hash % PALETTE.length] ?? "#1f6feb";
}

function readIdentity(): Identity | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    const name = (value as { name?: unknown } | null)?.name;
    return typeof name === "string" && name.trim() ? { name, color: colorFor(name) } : null;
  } catch {
    return null;
  }
}

/** The remembered identity (null until the person gives a name) and a setter that remembers it. */
export function useIdentity(): [Identity | null, (name: string) => void] {
  const [identity, setIdentity] = useState(readIdentity);
  const setName = useCallback((name: string) => {
    const trimmed = name.trim();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ name: trimmed }));
    setIdentity({ name: trimmed, color: colorFor(trimmed) });
  }, []);
  return [identity, setName];
}
