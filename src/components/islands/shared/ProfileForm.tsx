/**
 * The trainee's name and unit: the one form 学习记录 and the task page both show. It trims and
 * checks them against the limits every receipt shares (lib/progress/profile.ts), marks each
 * field that is wrong (aria-invalid, the problem named under it through aria-describedby) and
 * puts the keyboard there, and says plainly whether the store kept what was saved.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PROFILE_LIMITS } from '../../../lib/progress/profile';
import { profileFieldProblems, type ProfileField } from '../../../lib/progress/profile-problems';
import type { Profile } from '../../../lib/progress/record';
import type { StoreStatus } from '../../../lib/storage/record-store';
import { notSaved } from './not-saved';

interface Props {
  profile: Profile | null;
  /** Stores a trimmed, checked profile (both blank: clear it) and answers whether it was kept. */
  save(profile: Profile): StoreStatus;
  submitLabel: string;
  /** The heading and what the form is for. */
  children: ComponentChildren;
  class?: string;
  /** Blank name and unit clear the profile instead of being asked for (学习记录). */
  clearable?: boolean;
  /** Shows the stored profile's problems before anything is typed (the task page needs both). */
  checkStored?: boolean;
  onSaved?(): void;
  /** Offers 取消 (the task page, when a profile is already shown). */
  onCancel?(): void;
}

const FIELDS = [
  { field: 'name', label: '姓名', autoComplete: 'name' },
  { field: 'unit', label: '单位（乡镇、村或社区）', autoComplete: 'organization' },
] as const;

export default function ProfileForm(props: Props) {
  const { profile, checkStored } = props;
  const [values, setValues] = useState({ name: profile?.name ?? '', unit: profile?.unit ?? '' });
  // Typed since the last save: then a change from another tab or an import does not replace it.
  const [typed, setTyped] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<ProfileField, string>>>({});
  const [result, setResult] = useState<{ text: string; error?: boolean } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // The record is read after hydration and may change in another tab: follow it.
  useEffect(() => {
    if (typed) return;
    setValues({ name: profile?.name ?? '', unit: profile?.unit ?? '' });
    if (checkStored && profile) setProblems(profileFieldProblems(profile));
  }, [profile?.name, profile?.unit]);

  const submit = (event: Event) => {
    event.preventDefault();
    const next = { name: values.name.trim(), unit: values.unit.trim() };
    const clearing = props.clearable && !next.name && !next.unit;
    const found = clearing ? {} : profileFieldProblems(next);
    setProblems(found);
    const wrong = Object.keys(found)[0];
    if (wrong) {
      setResult(null);
      form.current?.querySelector<HTMLInputElement>(`#profile-${wrong}`)?.focus();
      return;
    }
    setTyped(false);
    const failed = notSaved(props.save(next));
    setResult(failed ? { text: failed, error: true } : { text: clearing ? '已清除学员信息。' : '已保存。' });
    if (!failed) props.onSaved?.();
  };

  return (
    <form class={props.class ? `profile-form ${props.class}` : 'profile-form'} onSubmit={submit} noValidate ref={form}>
      {props.children}
      {FIELDS.map(({ field, label, autoComplete }) => (
        <div class="field" key={field}>
          <label for={`profile-${field}`}>{label}</label>
          <input
            type="text"
            id={`profile-${field}`}
            autoComplete={autoComplete}
            maxLength={PROFILE_LIMITS[field]}
            value={values[field]}
            aria-invalid={problems[field] ? 'true' : undefined}
            aria-describedby={problems[field] ? `profile-${field}-problem` : undefined}
            onInput={(e) => {
              const next = { ...values, [field]: e.currentTarget.value };
              setValues(next);
              setTyped(true);
              // A field marked wrong is checked again as it is corrected.
              if (problems[field]) setProblems({ ...problems, [field]: profileFieldProblems(next)[field] });
            }}
          />
          {problems[field] && (
            <p class="field-problem" id={`profile-${field}-problem`}>
              {problems[field]}
            </p>
          )}
        </div>
      ))}
      <p class="actions">
        <button type="submit" class="primary">
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            取消
          </button>
        )}
        {result && !result.error && <span role="status">{result.text}</span>}
      </p>
      {result?.error && (
        <p class="notice" role="alert">
          {result.text}
        </p>
      )}
    </form>
  );
}
