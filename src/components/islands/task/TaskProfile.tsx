/**
 * Name and unit on the task page: one line once they are fit for a receipt, else the shared
 * profile form (the same one 学习记录 shows); they are kept in the trainee's progress record and
 * go into every receipt.
 */
import { useState } from 'preact/hooks';
import type { Profile } from '../../../lib/progress/record';
import { profileProblems } from '../../../lib/progress/profile-problems';
import type { StoreStatus } from '../../../lib/storage/record-store';
import ProfileForm from '../shared/ProfileForm';

interface Props {
  profile: Profile | null;
  onSave(profile: Profile): StoreStatus;
}

export default function TaskProfile({ profile, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  // A profile saved on 学习记录 long ago, or imported from elsewhere, may lack what a receipt
  // needs: ask for what is missing instead of showing it as done.
  const stored = profileProblems(profile);

  if (profile && !editing && stored.length === 0) {
    return (
      <p class="task-profile-line">
        学员：{profile.name}（{profile.unit}）{' '}
        <button type="button" onClick={() => setEditing(true)}>
          修改姓名和单位
        </button>
      </p>
    );
  }
  return (
    <ProfileForm
      class="task-profile"
      profile={profile}
      save={(p) => {
        const status = onSave(p);
        // Not kept: stay on the form, where the reason is said.
        if (status !== 'ok') setEditing(true);
        return status;
      }}
      submitLabel="保存"
      checkStored
      onSaved={() => setEditing(false)}
      onCancel={profile && stored.length === 0 ? () => setEditing(false) : undefined}
    >
      <h2>您的姓名和单位</h2>
      <p class="field-hint">只填一次，保存在本机浏览器里，会写进回执，方便培训组织者汇总。</p>
      {profile && !editing && stored.length > 0 && (
        <p class="notice" role="alert">
          已保存的姓名和单位还不能写进回执：{stored.join('')}
        </p>
      )}
    </ProfileForm>
  );
}
