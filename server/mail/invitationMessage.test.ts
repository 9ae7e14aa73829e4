import { describe, expect, it } from "vitest";
import { escapeHtml, invitationMessage } from "./invitationMessage";

const details = {
  link: "https://parley.example.org/welcome/abc_DEF-123",
  inviterName: 'Ana <script>alert("x")</script> & co',
  workspaceRole: null,
  organisation: { name: "Open <Networks>", role: "lead" as const },
  expiresAt: "2027-04-03T12:30:00.000Z",
};

describe("the invitation email", () => {
  it("says who invited whom to what, with the link and when it stops working", () => {
    const { subject, text } = invitationMessage(details);
    expect(subject).toBe("Your invitation to Parley");
    expect(text).toContain("as lead of Open <Networks>");
    expect(text).toContain(details.link);
    expect(text).toContain("2027-04-03 12:30 UTC");
  });

  it("escapes every value in the HTML part", () => {
    const { html } = invitationMessage(details);
    expect(html).not.toContain("<script>");
    expect(html).toContain("Ana &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(html).toContain("Open &lt;Networks&gt;");
    expect(html).toContain(`<a href="${details.link}">`);
  });

  it("names both grants when there are two", () => {
    const { text } = invitationMessage({ ...details, workspaceRole: "reviewer" });
    expect(text).toContain("as reviewer and as lead of Open <Networks>");
  });

  it("escapes quotes and ampersands", () => {
    expect(escapeHtml(`"a" & 'b'`)).toBe("&quot;a&quot; &amp; &#39;b&#39;");
  });
});
