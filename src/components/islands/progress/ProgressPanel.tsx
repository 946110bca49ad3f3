/**
 * 我的学习记录: who the record belongs to, lessons read and test scores per module, and moving
 * the record to another device (RecordTransfer).
 */
import { emptyProgress } from '../../../lib/progress/record';
import { setProfile } from '../../../lib/progress/profile';
import { browserStore } from '../../../lib/progress/store';
import { RecordTransfer } from './RecordTransfer';
import ProfileForm from '../shared/ProfileForm';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';

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
      <ProfileForm
        profile={progress.profile}
        save={(p) => update((d) => setProfile(d, p))}
        submitLabel="保存学员信息"
        clearable
      >
        <h2>学员信息</h2>
        <p>填写一次即可，会带入导出的学习记录和培训回执；只保存在本机。</p>
      </ProfileForm>
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
