/** Name and unit, entered once and kept in the trainee's browser; they go into every receipt. */
import { useState } from 'preact/hooks';
import { RECEIPT_LIMITS } from '../../lib/task/receipt';
import type { Profile } from './trainee-record';

interface Props {
  profile: Profile | null;
  onSave(profile: Profile): void;
}

export default function TaskProfile({ profile, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(profile?.name ?? '');
  const [unit, setUnit] = useState(profile?.unit ?? '');
  const [error, setError] = useState<string | null>(null);

  if (profile && !editing) {
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
    if (!p.name || !p.unit) {
      setError('请填写姓名和单位。');
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
          maxLength={RECEIPT_LIMITS.name}
          autoComplete="name"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="profile-unit">单位（如：某某镇某某村）</label>
        <input
          id="profile-unit"
          value={unit}
          maxLength={RECEIPT_LIMITS.unit}
          autoComplete="organization"
          onInput={(e) => setUnit(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p class="notice" role="alert">
          {error}
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
