import { describe, expect, it } from "vitest";
import { DiffExportQuery } from "./diffs";
import { CreateExportBody, PackageQuery } from "./exports";
import { SubmitBody } from "./submissions";

describe("the language of rendered files", () => {
  it("is English when a request names none", () => {
    expect(PackageQuery.parse({}).lang).toBe("en");
    expect(DiffExportQuery.parse({ from: "1", format: "pdf" }).lang).toBe("en");
    expect(CreateExportBody.parse({ formats: ["docx"] }).lang).toBe("en");
    expect(SubmitBody.parse(undefined).lang).toBe("en");
    expect(SubmitBody.parse({}).lang).toBe("en");
  });

  it("takes any of the six UN languages and nothing else", () => {
    for (const lang of ["ar", "zh", "en", "fr", "ru", "es"]) {
      expect(PackageQuery.parse({ lang }).lang).toBe(lang);
    }
    for (const lang of ["de", "EN", "fr-FR", ""]) {
      expect(PackageQuery.safeParse({ lang }).success, lang).toBe(false);
      expect(SubmitBody.safeParse({ lang }).success, lang).toBe(false);
    }
  });
});
