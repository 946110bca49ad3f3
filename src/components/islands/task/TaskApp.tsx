/**
 * The trainee's task page (/task/?t=…): reads the task from the link, shows it with the trainee's
 * own progress and where to continue, asks for name and unit once, and gives the receipt.
 * Everything from the link is shown as text; nothing is sent anywhere.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { daysLeftText, deadlineText } from '../../../lib/task/assign';
import { recordView, taskStanding, type SiteModule } from '../../../lib/task/task-status';
import { emptyProgress, type Profile } from '../../../lib/progress/record';
import { setProfile } from '../../../lib/progress/profile';
import { profileProblems } from '../../../lib/progress/profile-problems';
import { daysLeft, deadlineEnd } from '../../../lib/task/dates';
import { parseTaskFromUrl, type TaskResult } from '../../../lib/task/link';
import { activeTask, forgetActiveTask, readActiveTask, saveActiveTask } from '../../../lib/task/active-task';
import TaskProfile from './TaskProfile';
import TaskReceipt from './TaskReceipt';
import { useProgress } from '../shared/use-progress';
import { Notice } from '../shared/StoreNotice';

export interface TaskModule extends SiteModule {
  minutes: number;
  href: string;
  /** Null when the module has no quiz (all its questions retired). */
  quizHref: string | null;
  lessons: { id: string; title: string; href: string }[];
}
interface Props {
  modules: TaskModule[];
  /** Links for the error state. */
  homeHref: string;
}

/** From a task, 参加测验 opens the test itself, not the practice list (QuizApp reads #test). */
const testHref = (quizHref: string | null) => (quizHref ? `${quizHref}#test` : undefined);

export default function TaskApp({ modules, homeHref }: Props) {
  const [parsed, setParsed] = useState<TaskResult | null>(null);
  const { data, notice, update } = useProgress();
  useEffect(() => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // localStorage itself refused (blocked cookies): the task page works without the way back.
    }
    let result = parseTaskFromUrl(location.href);
    // 返回学习任务 on a lesson links to task/ without the task: show the one remembered here.
    if (!result.ok && result.reason === 'missing' && storage) {
      const remembered = readActiveTask(storage, Date.now());
      if (remembered) result = parseTaskFromUrl(`${location.origin}${location.pathname}?t=${remembered.payload}`);
      else forgetActiveTask(storage);
    }
    setParsed(result);
    if (!result.ok) return;
    // Lessons and quiz pages offer the way back here, and the quiz page says a test counts for it.
    const ids = result.task.modules.flatMap((code) => modules.find((m) => m.code === code)?.id ?? []);
    const end = result.task.deadline ? deadlineEnd(result.task.deadline) : null;
    saveActiveTask(storage, activeTask(result.payload, result.task.title, ids, Date.now(), end));
  }, []);
  const record = useMemo(() => recordView(data ?? emptyProgress()), [data]);
  // The profile lives only in the progress record, shared with 学习记录.
  const profile = data?.profile ?? null;
  const saveProfile = (p: Profile) => update((d) => setProfile(d, p));
  const receiptProfile = profileProblems(profile).length === 0 ? profile : null;

  if (parsed === null) return <p role="status">正在读取任务…</p>;
  if (!parsed.ok) {
    return (
      <div class="notice task-error" role="alert">
        <h2>{parsed.reason === 'missing' ? '没有找到学习任务' : '这个任务链接打不开'}</h2>
        <p>{parsed.error}</p>
        <p>
          您也可以先回到<a href={homeHref}>首页</a>，按自己的身份选择学习路径自学。
        </p>
      </div>
    );
  }

  const { task, id } = parsed;
  const standing = taskStanding(task, modules, record);
  const left = task.deadline ? daysLeft(task.deadline, Date.now()) : null;
  const doneCount = standing.modules.filter((s) => s.done).length;
  const next = standing.next;
  const nextModule = next && modules.find((m) => m.id === next.module);
  const nextLesson = next?.kind === 'lesson' ? nextModule?.lessons.find((l) => l.id === next.lesson) : undefined;
  const missing = standing.modules
    .filter((s) => !s.done && s.module.quizHref)
    .map((s) => `“${s.module.title}”的测验${s.best === null ? '（尚未交卷）' : `（最高 ${s.best} 分）`}`);

  return (
    <div class="task">
      <h2 class="task-title">{task.title}</h2>
      <dl class="sheet-facts">
        <dt>发布单位</dt>
        <dd>{task.unit}</dd>
        <dt>截止日期</dt>
        <dd>
          {task.deadline ? (
            <>
              {deadlineText(task.deadline)}
              {left !== null && <strong class={left < 0 ? 'overdue' : undefined}>　{daysLeftText(left)}</strong>}
            </>
          ) : (
            '不限'
          )}
        </dd>
        <dt>完成要求</dt>
        <dd>每个模块的测验达到 {task.passMark} 分</dd>
        {task.note && (
          <>
            <dt>说明</dt>
            <dd>{task.note}</dd>
          </>
        )}
      </dl>
      <p class="meta">任务内容由发链接的培训组织者填写，本站不核实；任务编号 {id}。</p>
      <Notice text={notice} />

      <TaskProfile profile={profile} onSave={saveProfile} />

      <h2>学习内容</h2>
      <p aria-live="polite">
        已完成 {doneCount} / {standing.modules.length} 个模块。
        {missing.length > 0 && <>还差：{missing.join('、')}。</>}
        {nextModule && (
          <a class="button-link" href={nextLesson?.href ?? testHref(nextModule.quizHref) ?? nextModule.href}>
            {nextLesson
              ? `接着学：${nextLesson.title}`
              : nextModule.quizHref
                ? `参加测验：${nextModule.title}`
                : `查看模块：${nextModule.title}`}
          </a>
        )}
        {standing.complete && (
          <>
            <strong class="status-ok">全部测验已达标，请把下面的回执发回群里。</strong>{' '}
            <a href={`${homeHref}certificate/?t=${parsed.payload}`}>查看学习证明</a>
          </>
        )}
      </p>
      {standing.unknown.length > 0 && (
        <p class="notice">
          任务里有 {standing.unknown.length} 个模块在本站找不到（代码：{standing.unknown.join('、')}
          ），可能网站已经更新。请刷新页面；仍然找不到时，请告诉培训组织者。
        </p>
      )}
      <ol class="task-modules">
        {standing.modules.map(({ module: m, lessonsRead, best, done }, i) => (
          <li class="card" key={m.code}>
            <h3>
              {i + 1}. <a href={m.href}>{m.title}</a>
            </h3>
            <p class="meta">
              {m.lessons.length} 课，约 {m.minutes} 分钟 · 已读 {lessonsRead} / {m.lessons.length} 课
            </p>
            {m.quizHref ? (
              <>
                <p>
                  {best === null ? (
                    '尚未参加测验'
                  ) : done ? (
                    <span class="status-ok">✓ 已达标，最高 {best} 分</span>
                  ) : (
                    `最高 ${best} 分，未达到 ${task.passMark} 分`
                  )}
                  {' · '}
                  <a href={testHref(m.quizHref)}>{best === null ? '参加测验' : done ? '再做一次' : '再测一次'}</a>
                </p>
                {best === null && (
                  <p class="meta">
                    练习题做得再多也不计入回执：请点“参加测验”，答完全部题目并交卷，得分达到 {task.passMark}{' '}
                    分才算完成本模块。
                  </p>
                )}
              </>
            ) : (
              <p class="notice">本模块目前没有测验，无法达标。请告诉培训组织者，改发不含本模块的任务链接。</p>
            )}
          </li>
        ))}
      </ol>

      <TaskReceipt taskId={id} standing={standing} record={record} profile={receiptProfile} />
    </div>
  );
}
