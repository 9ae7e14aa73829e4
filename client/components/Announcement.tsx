import { useCallback, useState } from "react";

/** A result to tell people: good news is a status, a failure an alert. */
export interface AnnouncementValue {
  kind: "status" | "alert";
  text: string;
  /** Changes on every announcement so that repeating the same words is announced again. */
  id: number;
}

/** A live region for one section's results; `announce` and `fail` replace its text. */
export function useAnnouncement() {
  const [value, setValue] = useState<AnnouncementValue | null>(null);
  const announce = useCallback((text: string) => setValue((previous) => ({ kind: "status", text, id: (previous?.id ?? 0) + 1 })), []);
  const fail = useCallback((text: string) => setValue((previous) => ({ kind: "alert", text, id: (previous?.id ?? 0) + 1 })), []);
  const clear = useCallback(() => setValue(null), []);
  return { value, announce, fail, clear };
}

/** Both live regions are always rendered, so screen readers pick up the first message too. */
export function Announcement({ value }: { value: AnnouncementValue | null }) {
  return (
    <>
      <p role="status" className="announcement">
        {value?.kind === "status" ? <span key={value.id}>{value.text}</span> : null}
      </p>
      <p role="alert" className="announcement form-error">
        {value?.kind === "alert" ? <span key={value.id}>{value.text}</span> : null}
      </p>
    </>
  );
}
