import type { OverviewComment, OverviewRow } from "./overviewFilter";

/** What the heat map colours paragraphs by. */
export const HEAT_MODES = ["all", "support", "oppose", "amend", "redLines"] as const;
export type HeatMode = (typeof HEAT_MODES)[number];

/** A cell's colour family: the stance it mostly draws, or red lines. */
export type HeatTone = "none" | "support" | "oppose" | "amend" | "question" | "redLine";

/** How one paragraph looks in the heat map. */
export interface HeatCell {
  tone: HeatTone;
  /** 0 (nothing) to 3 (three organisations or more): how strong the colour is. */
  level: number;
  /** How many red lines organisations drew on the paragraph, in any mode. */
  redLines: number;
}

type StanceTone = "support" | "oppose" | "amend" | "question";

/** Which tone each comment counts towards; deleting a paragraph is opposing it. */
function stanceTone({ comment }: OverviewComment): StanceTone {
  switch (comment.stance) {
    case "support":
      return "support";
    case "oppose":
    case "delete":
      return "oppose";
    case "amend":
      return "amend";
    case "question":
      return "question";
  }
}

/** Disagreement first: on a tie, opposition outranks amendments, which outrank support. */
const TIE_ORDER: readonly StanceTone[] = ["oppose", "amend", "support", "question"];

const MATCHES: Record<Exclude<HeatMode, "all">, (placed: OverviewComment) => boolean> = {
  support: (placed) => stanceTone(placed) === "support",
  oppose: (placed) => stanceTone(placed) === "oppose",
  amend: (placed) => placed.comment.kind === "amendment" || placed.comment.stance === "amend",
  redLines: (placed) => placed.comment.priority === "redLine",
};

const MODE_TONE: Record<Exclude<HeatMode, "all">, HeatTone> = { support: "support", oppose: "oppose", amend: "amend", redLines: "redLine" };

const levelOf = (organisations: number) => Math.min(3, organisations);

function organisationsAmong(comments: readonly OverviewComment[]): number {
  return new Set(comments.map((placed) => placed.organisationId)).size;
}

/** The dominant stance among a paragraph's comments, by number of comments. */
export function dominantTone(comments: readonly OverviewComment[]): StanceTone | null {
  const counts = new Map<StanceTone, number>();
  for (const placed of comments) {
    const tone = stanceTone(placed);
    counts.set(tone, (counts.get(tone) ?? 0) + 1);
  }
  let best: StanceTone | null = null;
  for (const tone of TIE_ORDER) {
    if ((counts.get(tone) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) {
      best = tone;
    }
  }
  return best;
}

/** A paragraph's heat-map cell: the colour family, its strength by number of organisations, and red lines. */
export function heatCell(row: OverviewRow, mode: HeatMode): HeatCell {
  const redLines = row.tally.redLines;
  if (mode === "all") {
    const tone = dominantTone(row.comments);
    return tone ? { tone, level: levelOf(organisationsAmong(row.comments)), redLines } : { tone: "none", level: 0, redLines };
  }
  const level = levelOf(organisationsAmong(row.comments.filter(MATCHES[mode])));
  return { tone: level > 0 ? MODE_TONE[mode] : "none", level, redLines };
}
