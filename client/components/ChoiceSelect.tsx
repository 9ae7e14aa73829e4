/** One choice of a select: its value and what people read. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceSelectProps<T extends string, A extends string> {
  label: string;
  value: T | A;
  choices: readonly Choice<T>[];
  onChange: (value: T | A) => void;
  /** A first choice that stands for every value, e.g. `{ value: "all", label: "All" }`. */
  any?: Choice<A>;
  disabled?: boolean;
  /** With an `any` choice whose value is "": the form cannot be sent until a real choice is made. */
  required?: boolean;
}

/** A labelled select over a fixed set of choices; it only ever reports one of them. */
export function ChoiceSelect<T extends string, A extends string = never>({ label, value, choices, onChange, any, disabled, required }: ChoiceSelectProps<T, A>) {
  const options: readonly Choice<T | A>[] = any ? [any, ...choices] : choices;
  return (
    <label>
      <span>{label}</span>
      <select
        value={value}
        disabled={disabled}
        required={required}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) {
            onChange(chosen.value);
          }
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
