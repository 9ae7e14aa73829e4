import { build } from "vite";

/** Builds the client once before the browser tests, so they run against the current code. */
export default async function buildClient(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: "vite.config.ts", mode: "production", logLevel: "warn" });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
