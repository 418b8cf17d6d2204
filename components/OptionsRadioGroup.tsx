interface Props<T extends string> {
  name: string;
  legend: string;
  value: T | undefined;
  labels: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}

/** One choice among a few, as radio buttons (labels keyed by value, in their declared order). */
export function OptionsRadioGroup<T extends string>({ name, legend, value, labels, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(Object.keys(labels) as T[]).map((choice) => (
        <label key={choice}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />
          {labels[choice]}
        </label>
      ))}
    </fieldset>
  );
}
