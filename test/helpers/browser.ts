import fs from "node:fs";
import { onTestFinished } from "vitest";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

/** Debian's Chromium, or the one named by CHROME_PATH. */
function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)));
  if (!found) {
    throw new Error("No Chromium found: install Debian's chromium package or set CHROME_PATH.");
  }
  return found;
}

/** A headless Chromium that reaches nothing but this machine; closed when the test finishes. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  onTestFinished(() => browser.close());
  return browser;
}

/** A fresh browser profile (its own cookies and storage), signed in as `person` when given. */
export async function personContext(browser: Browser, serverUrl: string, person?: { email: string; password: string }, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "en-GB", ...options });
  if (person) {
    const response = await context.request.post(`${serverUrl}/api/auth/sign-in`, { data: { email: person.email, password: person.password } });
    if (!response.ok()) {
      throw new Error(`Signing in ${person.email} failed: ${response.status()}`);
    }
  }
  return context;
}

/** Opens a report page and waits until the editor holds the report's text. */
export async function openReport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(".report-text [data-paragraph-number]").first().waitFor();
}

/** Puts the caret at the end of the paragraph with this stable id, through the real editor, and waits for focus. */
export async function focusEndOfParagraph(page: Page, id: string): Promise<void> {
  await page.evaluate((paragraphId) => {
    interface EditorLike {
      commands: { setTextSelection(position: number): boolean };
      view: { focus(): void; state: { doc: { forEach(visit: (node: NodeLike, offset: number) => void): void } } };
    }
    interface NodeLike {
      attrs: Record<string, unknown>;
      nodeSize: number;
    }
    const dom = document.querySelector(".report-text") as (HTMLElement & { editor?: EditorLike }) | null;
    const editor = dom?.editor;
    if (!editor) {
      throw new Error("No editor on the page");
    }
    let end = -1;
    editor.view.state.doc.forEach((node, offset) => {
      if (node.attrs.id === paragraphId) {
        end = offset + node.nodeSize - 1;
      }
    });
    if (end < 0) {
      throw new Error(`No paragraph ${paragraphId}`);
    }
    editor.commands.setTextSelection(end);
    editor.view.focus();
  }, id);
  await page.waitForFunction(() => document.activeElement?.classList.contains("report-text") ?? false);
}
