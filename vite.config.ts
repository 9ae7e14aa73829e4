import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const SERVER = `http://localhost:${process.env.PORT ?? "8080"}`;

/** One config: the client build (root `client/`, out to `dist/client`), its dev server, and every test suite. */
export default defineConfig({
  root: "client",
  plugins: [react()],
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    sourcemap: true,
    // The report page's chunk is the editor (Tiptap, ProseMirror, Yjs): about 590 kB, needed
    // whole, and loaded only once someone opens a report. The other chunks are far smaller.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      "/api": SERVER,
      "/collab": { target: SERVER.replace("http", "ws"), ws: true },
    },
  },
  test: {
    root: ".",
    reporters: ["default", "./test/helpers/summaryReporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.ts", "bench/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/buildClient.ts"],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
