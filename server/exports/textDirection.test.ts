import { describe, expect, it } from "vitest";
import { isRightToLeft, visualOrder } from "./textDirection";

const words = (text: string) => text.split(" ");

describe("visualOrder", () => {
  it("keeps a left-to-right line as it is", () => {
    expect(visualOrder(words("States agreed on norms"), false)).toEqual(words("States agreed on norms"));
  });

  it("draws a right-to-left line from the right", () => {
    expect(visualOrder(["اتفقت", "الدول", "على"], true)).toEqual(["على", "الدول", "اتفقت"]);
  });

  it("keeps the order of English words inside an Arabic line", () => {
    expect(visualOrder(["ناقشت", "ICT", "security", "norms", "الدول"], true)).toEqual(["الدول", "ICT", "security", "norms", "ناقشت"]);
  });

  it("turns round Arabic words inside an English line", () => {
    expect(visualOrder(["The", "term", "الأمن", "السيبراني", "appears"], false)).toEqual(["The", "term", "السيبراني", "الأمن", "appears"]);
  });

  it("lets a dash between two English words stay with them in an Arabic line, and one between scripts follow the line", () => {
    expect(visualOrder(["قال", "open", "-", "ended", "-", "الفريق"], true)).toEqual(["الفريق", "-", "open", "-", "ended", "قال"]);
  });

  it("agrees with isRightToLeft about which lines are right-to-left", () => {
    expect(isRightToLeft("ناقشت الدول ICT")).toBe(true);
    expect(isRightToLeft("The term الأمن appears here")).toBe(false);
  });
});
