/**
 * The 学习证明 page: reads the task from the page's own link and the trainee's progress record,
 * and shows the certificate (lib/task/certificate.ts) or, in WeChat and other in-app browsers
 * where printing fails, the same certificate as a picture to long-press and save. Everything from
 * the link and the record is set as text, never as HTML.
 */
import { certificateFor } from '../../lib/task/certificate';
import { parseTaskFromUrl } from '../../lib/task/link';
import { recordView, type SiteModule } from '../../lib/task/task-status';
import { browserStore, storageNotice } from '../../lib/progress/store';
import { inAppBrowser } from '../../lib/in-app';
import { certificateImage } from './certificate-image';
import { certificateSheet, element } from './certificate-sheet';

const root = document.getElementById('certificate')!;
const modules = JSON.parse(root.dataset.modules ?? '[]') as SiteModule[];

function problem(title: string, text: string, link?: { href: string; label: string }) {
  const box = element('div', { class: 'notice', role: 'alert' }, [
    element('h2', {}, [title]),
    element('p', {}, [text]),
  ]);
  if (link) box.append(element('p', {}, [element('a', { href: link.href }, [link.label])]));
  root.replaceChildren(box);
}

const task = parseTaskFromUrl(location.href);
if (!task.ok) {
  problem(task.reason === 'missing' ? '没有找到学习任务' : '这个学习证明链接打不开', task.error, {
    href: root.dataset.taskHref!,
    label: '到学习任务页',
  });
} else {
  const store = browserStore();
  const made = certificateFor(task, modules, recordView(store.read()), store.read().profile, Date.now());
  const taskLink = { href: `${root.dataset.taskHref}?t=${task.payload}`, label: '回到学习任务' };
  const notice = storageNotice(store.status());
  if (!made.ok) {
    problem('还不能出具学习证明', notice ?? made.error, taskLink);
  } else if (inAppBrowser(navigator.userAgent)) {
    root.replaceChildren(element('p', { class: 'notice' }, ['长按下面的图片，可以保存到手机相册或发给培训组织者。']));
    certificateImage(made.certificate).then(
      (img) => root.append(img),
      () => root.replaceChildren(certificateSheet(made.certificate)),
    );
    document.querySelector<HTMLElement>('.certificate-tools')!.hidden = false;
  } else {
    root.replaceChildren(certificateSheet(made.certificate));
    document.querySelector<HTMLElement>('.certificate-tools')!.hidden = false;
  }
}
