/**
 * Name and unit, entered once and kept in the trainee's progress record (the same ones 学习记录
 * shows); they go into every receipt.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../../lib/progress/record';
import { PROFILE_LIMITS } from '../../../lib/progress/profile';
import { profileProblems } from '../../../lib/progress/profile-problems';

interface Props {
  profile: Profile | null;
  onSave(profile: Profile): void;
}

export default function TaskProfile({ profile, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(profile?.name ?? '');
  const [unit, setUnit] = useState(profile?.unit ?? '');
  const [error, setError] = useState<string | null>(null);
  // The record is read after hydration, and 学习记录 in another tab may change it: follow it.
  useEffect(() => {
    if (editing) return;
    setName(profile?.name ?? '');
    setUnit(profile?.unit ?? '');
  }, [profile?.name, profile?.unit]);
  // A profile saved on 学习记录 with only a name, or imported from elsewhere, is not enough for
  // a receipt: ask for what is missing instead of showing it as done.
  const stored = profileProblems(profile);

  if (profile && !editing && stored.length === 0) {
    return (
      <p class="task-profile-line">
        学员：{profile.name}（{profile.unit}）{' '}
        <button
          type="button"
          onClick={() => {
            setName(profile.name);
            setUnit(profile.unit);
            setEditing(true);
          }}
        >
          修改姓名和单位
        </button>
      </p>
    );
  }
  const save = (e: Event) => {
    e.preventDefault();
    const p = { name: name.trim(), unit: unit.trim() };
    const problems = profileProblems(p);
    if (problems.length) {
      setError(problems.join(''));
      return;
    }
    setError(null);
    onSave(p);
    setEditing(false);
  };
  return (
    <form class="task-profile" onSubmit={save} noValidate>
      <h2>您的姓名和单位</h2>
      <p class="field-hint">只填一次，保存在本机浏览器里，会写进回执，方便培训组织者汇总。</p>
      <div class="field">
        <label for="profile-name">姓名</label>
        <input
          id="profile-name"
          value={name}
          maxLength={PROFILE_LIMITS.name}
          autoComplete="name"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="profile-unit">单位（如：某某镇某某村）</label>
        <input
          id="profile-unit"
          value={unit}
          maxLength={PROFILE_LIMITS.unit}
          autoComplete="organization"
          onInput={(e) => setUnit(e.currentTarget.value)}
        />
      </div>
      {(error ?? (profile && !editing && stored.length > 0)) && (
        <p class="notice" role="alert">
          {error ?? `已保存的姓名和单位还不能写进回执：${stored.join('')}`}
        </p>
      )}
      <p class="actions">
        <button type="submit" class="primary">
          保存
        </button>
        {profile && (
          <button type="button" onClick={() => setEditing(false)}>
            取消
          </button>
        )}
      </p>
    </form>
  );
}
