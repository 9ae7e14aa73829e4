import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { createApp } from "../../server/app";
import { loadConfig } from "../../server/config";
import { createLogger } from "../../server/logger";
import { REPORT_FIELD } from "../../shared/collab/fields";
import { diffReport } from "../../shared/diff/diffReport";
import type { ReportContent } from "../../shared/diff/ReportDiff";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import type { Paragraph } from "../../shared/paragraphs";
import { median, round2 } from "../stats";

export interface VersionsResult {
  paragraphs: number;
  changed: number;
  moved: number;
  /** Median ms for `diffReport` over two versions. */
  diffMedianMs: number;
  diffRunsMs: number[];
  /** Median ms for the server to read a saved version's paragraphs (store → Yjs → paragraphs). */
  openVersionMedianMs: number;
  openVersionRunsMs: number[];
  versionBytes: number;
}

const VOCABULARY =
  "states working group delegations international law norms responsible behaviour capacity building confidence measures critical infrastructure points of contact dialogue mechanism cooperation security technologies the of and to in for with on by that".split(
    " ",
  );

/** A small deterministic random generator (mulberry32), so every run diffs the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(" ");
}

/** Two versions of a report: `changedShare` of paragraphs reworded, `movedShare` moved elsewhere. */
export function twoVersions(count: number, changedShare: number, movedShare: number): { older: ReportContent; newer: ReportContent; changed: number; moved: number } {
  const next = random(7);
  const paragraphs: Paragraph[] = Array.from({ length: count }, (_, index) => ({ id: `p-${index}`, number: String(index + 1), section: "A", text: sentence(next, 60) }));
  const changed = Math.round(count * changedShare);
  const moved = Math.round(count * movedShare);
  const newer = paragraphs.map((paragraph) => ({ ...paragraph }));
  for (let index = 0; index < changed; index += 1) {
    const paragraph = newer[Math.floor((index * count) / changed)];
    if (paragraph) {
      const words = paragraph.text.split(" ");
      words.splice(10 + Math.floor(next() * 30), 3, sentence(next, 4));
      paragraph.text = words.join(" ");
    }
  }
  for (let index = 0; index < moved; index += 1) {
    const [paragraph] = newer.splice(Math.floor(next() * newer.length), 1);
    if (paragraph) {
      newer.splice(Math.floor(next() * newer.length), 0, paragraph);
    }
  }
  newer.forEach((paragraph, index) => (paragraph.number = String(index + 1)));
  return { older: { paragraphs, headings: [] }, newer: { paragraphs: newer, headings: [] }, changed, moved };
}

function reportJsonOf(content: ReportContent): ProseMirrorJson {
  return {
    type: "doc",
    content: content.paragraphs.flatMap((paragraph, index) => [
      ...(index % 100 === 0 ? [{ type: "heading", attrs: { id: `section-${index}`, level: 2 }, content: [{ type: "text", text: `${String.fromCharCode(65 + index / 100)}. Section` }] }] : []),
      { type: "paragraph", attrs: { id: paragraph.id }, content: [{ type: "text", text: paragraph.text }] },
    ]),
  };
}

function time(repetitions: number, run: () => void): number[] {
  run();
  return Array.from({ length: repetitions }, () => {
    const startedAt = performance.now();
    run();
    return round2(performance.now() - startedAt);
  });
}

/**
 * Diffing two 1,000-paragraph versions (10% changed, 2% moved), and opening a saved version of
 * such a report read-only on a real (unlistening) Parley app: both in this process.
 */
export async function versions(paragraphs: number, repetitions: number): Promise<VersionsResult> {
  const { older, newer, changed, moved } = twoVersions(paragraphs, 0.1, 0.02);
  const diffRunsMs = time(repetitions, () => diffReport(older, newer));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-bench-versions-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const parley = createApp(config, createLogger("silent", false));
  try {
    const documentName = "report:bench-versions";
    const doc = prosemirrorJSONToYDoc(getSchema(reportExtensions()), reportJsonOf(older), REPORT_FIELD);
    parley.deps.documents.compact(documentName, Y.encodeStateAsUpdate(doc), 0);
    doc.destroy();
    const version = parley.deps.versions.saveVersion(documentName, { kind: "manual", name: "bench" });
    const versionBytes = parley.deps.db.prepare<[number], { size: number }>("SELECT length(state) AS size FROM versions WHERE id = ?").get(version.id)?.size ?? 0;
    const openVersionRunsMs = time(repetitions, () => parley.deps.versions.read(documentName, version.id, "continuous"));
    return {
      paragraphs,
      changed,
      moved,
      diffMedianMs: round2(median(diffRunsMs)),
      diffRunsMs,
      openVersionMedianMs: round2(median(openVersionRunsMs)),
      openVersionRunsMs,
      versionBytes,
    };
  } finally {
    await parley.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
