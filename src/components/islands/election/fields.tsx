/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
/** Small form controls for the calculator: labelled, numeric keyboard on phones, errors tied in. */
import { h, type ComponentChildren } from 'preact';
import { fieldId } from '../../../lib/election/form';

export type Errors = Map<string, string>;

interface NumberProps {
  field: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  errors: Errors;
  hint?: string;
}

export function NumberField({ field, label, value, onValue, errors, hint }: NumberProps) {
  const id = fieldId(field);
  const error = errors.get(field);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="meta" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
      />
      {error && (
        <span class="calc-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

interface TextProps {
  field: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  errors: Errors;
  placeholder?: string;
}

export function TextField({ field, label, value, onValue, errors, placeholder }: TextProps) {
  const id = fieldId(field);
  const error = errors.get(field);
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
      />
      {error && (
        <span class="calc-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

interface SelectProps {
  field: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  errors: Errors;
  options: [value: string, label: string][];
}

export function SelectField({ field, label, value, onValue, errors, options }: SelectProps) {
  const id = fieldId(field);
  const error = errors.get(field);
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map(([v, text]) => (
          <option value={v} key={v}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <span class="calc-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** A group's own error (e.g. "seats" as a whole), shown under its legend. */
export function GroupError({ field, errors }: { field: string; errors: Errors }) {
  const error = errors.get(field);
  return error ? (
    <p class="calc-error" id={`${fieldId(field)}-error`}>
      {error}
    </p>
  ) : null;
}

export function Row({ children }: { children: ComponentChildren }) {
  return <div class="calc-row">{children}</div>;
}

/** "请先改正以下 N 处": each problem links to its field. */
export function ProblemList({
  id,
  problems,
  what,
  level = 3,
}: {
  id: string;
  problems: { field: string; message: string }[];
  what: string;
  level?: 2 | 3;
}) {
  if (problems.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="calc-problems notice" role="alert">
      <Heading id={id} tabIndex={-1}>
        请先改正以下 {problems.length} 处，{what}
      </Heading>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <a href={`#${fieldId(p.field)}`}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
