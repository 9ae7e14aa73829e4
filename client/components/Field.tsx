import { useId, type ReactNode } from "react";

/**
 * A label and its control tied by id rather than by nesting, so a select's accessible name is
 * its label alone, not the label followed by its options.
 */
export function Field({ label, className = "field", children }: { label: ReactNode; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
