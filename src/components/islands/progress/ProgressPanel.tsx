/**
 * 我的学习记录: who the record belongs to, lessons read and test scores per module, and moving
 * the record to another device (RecordTransfer).
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyProgress } from '../../../lib/progress/record';
import { PROFILE_LIMITS } from '../../../lib/progress/profile';
import { setProfile } from '../../../lib/progress/rules';
import { browserStore } from '../../../lib/progress/store';
import { RecordTransfer } from './RecordTransfer';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';
import { notSaved } from '../shared/not-saved';
import type { StoreStatus } from '../../../lib/progress/store';

export interface ModuleRow {
  id: string;
  title: string;
  href: string;
  /** Absent when the module has no quiz (all its questions retired). */
  quizHref?: string;
  lessons: string[];
}

export default function ProgressPanel({ modules }: { modules: ModuleRow[] }) {
  const { data, status, notice, update } = useProgress();
  const progress = data ?? emptyProgress();

  return (
    <div class="progress-panel">
      {status === 'newer' ? (
        // A valid record from a newer page: never offer to clear it; a reload fetches that page.
        <div class="notice" role="status">
          <p>{notice}</p>
          <p>
            <button type="button" onClick={() => location.reload()}>
              刷新页面
            </button>
          </p>
        </div>
      ) : status === 'unreadable' ? (
        <div class="notice" role="status">
          <p>{notice}</p>
          <p>
            <button
              type="button"
              onClick={() => {
                if (confirm('确定清除本机无法读取的学习记录并重新开始吗？清除后无法恢复。')) {
                  browserStore().overwrite(progress);
                  location.reload();
                }
              }}
            >
              清除无法读取的记录，重新开始
            </button>
          </p>
        </div>
      ) : (
        <Notice text={notice} />
      )}
      <ProfileForm profile={progress.profile} save={(p) => update((d) => setProfile(d, p))} />
      <table class="record-table">
        <caption>各模块学习情况</caption>
        <thead>
          <tr>
            <th scope="col">模块</th>
            <th scope="col">已读课程</th>
            <th scope="col">测验次数</th>
            <th scope="col">最高分</th>
            <th scope="col">是否通过</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((m) => {
            const p = progress.modules[m.id];
            const read = m.lessons.filter((l) => progress.lessons[l]).length;
            return (
              <tr key={m.id}>
                <th scope="row">
                  <a href={m.href}>{m.title}</a>
                </th>
                <td data-label="已读课程">
                  {read} / {m.lessons.length} 课
                </td>
                <td data-label="测验次数">{p?.attempts ?? 0}</td>
                <td data-label="最高分">{p ? `${p.best} 分` : '—'}</td>
                <td data-label="是否通过">
                  {p?.passed ? (
                    '✓ 已通过'
                  ) : p ? (
                    '未通过'
                  ) : m.quizHref ? (
                    <a href={m.quizHref}>未测验</a>
                  ) : (
                    '本模块暂无测验'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>错题本中现有 {Object.keys(progress.wrong).length} 道题。</p>
      <RecordTransfer progress={progress} merge={update} />
    </div>
  );
}

function ProfileForm({
  profile,
  save,
}: {
  profile: { name: string; unit: string } | null;
  save: (p: { name: string; unit: string }) => StoreStatus;
}) {
  const [name, setName] = useState(profile?.name ?? '');
  const [unit, setUnit] = useState(profile?.unit ?? '');
  const [result, setResult] = useState<{ text: string; error?: boolean } | null>(null);
  // Follow the stored profile once it is read, and when an import or another tab changes it.
  useEffect(() => {
    setName(profile?.name ?? '');
    setUnit(profile?.unit ?? '');
  }, [profile?.name, profile?.unit]);
  return (
    <form
      class="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        const failed = notSaved(save({ name, unit }));
        setResult(failed ? { text: failed, error: true } : { text: '已保存。' });
      }}
    >
      <h2>学员信息</h2>
      <p>填写一次即可，会带入导出的学习记录和培训回执；只保存在本机。</p>
      <p>
        <label for="profile-name">姓名</label>
        <input
          type="text"
          id="profile-name"
          autocomplete="name"
          maxLength={PROFILE_LIMITS.name}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </p>
      <p>
        <label for="profile-unit">单位（乡镇、村或社区）</label>
        <input
          type="text"
          id="profile-unit"
          autocomplete="organization"
          maxLength={PROFILE_LIMITS.unit}
          value={unit}
          onInput={(e) => setUnit(e.currentTarget.value)}
        />
      </p>
      <p>
        <button type="submit">保存学员信息</button>{' '}
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
