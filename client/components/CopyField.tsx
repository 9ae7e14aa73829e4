import { useId, useRef, useState } from "react";
import { useI18n } from "../i18n/useI18n";

/** A read-only value (a link, a token) with a Copy button that says whether copying worked. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setResult("copied");
    } catch {
      // Without clipboard access, select the text so the person can copy it by hand.
      input.current?.select();
      setResult("failed");
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} dir="ltr" spellCheck={false} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t("common.copy")}
        </button>
      </div>
      <p role="status" className="muted">
        {result === "copied" ? t("common.copied") : result === "failed" ? t("common.copyFailed") : null}
      </p>
    </div>
  );
}
