/**
 * The 学习证明 page: reads the task from the page's own link (?t=), or the role path (?path=), and
 * the trainee's progress record, and shows the certificate (lib/task/certificate.ts,
 * lib/learning-path/path-certificate.ts) or, in WeChat and other in-app browsers where printing
 * fails, the same certificate as a picture to long-press and save. Everything from the link and
 * the record is set as text, never as HTML.
 */
import { certificateFor, certificateText, type CertificateResult } from '../../lib/task/certificate';
import { pathCertificateFor } from '../../lib/learning-path/path-certificate';
import { parseTaskFromUrl } from '../../lib/task/link';
import { recordView, type SiteModule } from '../../lib/task/task-status';
import { browserStore, storageNotice } from '../../lib/progress/store';
import { inAppBrowser } from '../../lib/in-app';
import { certificateSheet, element } from './certificate-sheet';
import { qrCode } from './qr';
import { templateCode } from './template-code';

type Link = { href: string; label: string };

const root = document.getElementById('certificate')!;
const modules = JSON.parse(root.dataset.modules ?? '[]') as (SiteModule & { passMark: number })[];
const paths = new Map(Object.entries(JSON.parse(root.dataset.paths ?? '{}') as Record<string, PathData>));
interface PathData {
  title: string;
  modules: string[];
}

function problem(title: string, text: string, link: Link) {
  root.replaceChildren(
    element('div', { class: 'notice', role: 'alert' }, [
      element('h2', {}, [title]),
      element('p', {}, [text]),
      element('p', {}, [element('a', { href: link.href }, [link.label])]),
    ]),
  );
}

function show(made: CertificateResult, back: Link, notice: string | null) {
  if (!made.ok) {
    problem('还不能出具学习证明', notice ?? made.error, back);
  } else if (inAppBrowser(navigator.userAgent)) {
    root.replaceChildren(element('p', { class: 'notice' }, ['长按下面的图片，可以保存到手机相册或发给培训组织者。']));
    const c = made.certificate;
    Promise.all([templateCode('picture', () => window.hjCertificateImage), qrCode(c.code)]).then(
      ([picture, qr]) => root.append(picture(c, certificateText(c), qr)),
      () => root.replaceChildren(certificateSheet(c)),
    );
    document.querySelector<HTMLElement>('.certificate-tools')!.hidden = false;
  } else {
    root.replaceChildren(certificateSheet(made.certificate));
    document.querySelector<HTMLElement>('.certificate-tools')!.hidden = false;
  }
}

const store = browserStore();
const notice = storageNotice(store.status());
const role = new URL(location.href).searchParams.get('path');
const path = role === null ? undefined : paths.get(role);
const byId = new Map(modules.map((m) => [m.id, m]));

if (role !== null) {
  const home = root.dataset.homeHref!;
  if (!path) {
    problem('没有找到这条学习路径', '链接里的学习路径本站没有，可能链接不完整。请从首页选择您的学习路径。', {
      href: home,
      label: '到首页',
    });
  } else {
    const made = pathCertificateFor(
      { role: role, title: path.title, modules: path.modules.flatMap((id) => byId.get(id) ?? []) },
      recordView(store.read()),
      store.read().profile,
      Date.now(),
    );
    const profileLink = { href: `${home}progress/`, label: '到学习记录页填写姓名和单位' };
    show(
      made,
      !made.ok && made.reason === 'profile' ? profileLink : { href: `${home}paths/${role}/`, label: '回到学习路径' },
      notice,
    );
  }
} else {
  const task = parseTaskFromUrl(location.href);
  if (!task.ok) {
    problem(task.reason === 'missing' ? '没有找到学习任务' : '这个学习证明链接打不开', task.error, {
      href: root.dataset.taskHref!,
      label: '到学习任务页',
    });
  } else {
    const made = certificateFor(task, modules, recordView(store.read()), store.read().profile, Date.now());
    show(made, { href: `${root.dataset.taskHref}?t=${task.payload}`, label: '回到学习任务' }, notice);
  }
}
