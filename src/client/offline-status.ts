/**
 * 离线状态 on the task page and the offline help page (components/OfflineStatus.astro): says
 * what this browser has saved for use with no network, as it is — 正在保存 x / y（约 N MB）,
 * 已可离线使用, or 此浏览器不支持. x is counted in the browser's own cache, y and the size are read
 * from the worker's precache list (tooling/offline/build-sw.ts notes the size there): no guess.
 */
import { href } from '../lib/url';

const SW_URL = href('sw.js');
const POLL_MS = 1000;

const megabytes = (bytes: number) => (Number.isFinite(bytes) ? `约 ${(bytes / 1024 / 1024).toFixed(1)} MB` : '');

/** The precache list's length and size, from sw.js as the worker was built. */
async function planned(): Promise<{ files: number; size: string }> {
  const text = await (await fetch(SW_URL)).text();
  const files = (text.match(/\{url:"/g) ?? []).length;
  return { files, size: megabytes(Number(/hj-precache-bytes:(\d+)/.exec(text)?.[1])) };
}

/** Files the worker has stored so far (its precache cache; the name is workbox's). */
async function stored(): Promise<number> {
  let count = 0;
  for (const name of await caches.keys()) {
    if (name.includes('precache')) count += (await (await caches.open(name)).keys()).length;
  }
  return count;
}

async function watch(boxes: HTMLElement[]) {
  const say = (text: string, ready = false) =>
    boxes.forEach((box) => {
      box.textContent = text;
      box.hidden = false;
      box.classList.toggle('offline-ready', ready);
    });
  const sw = navigator.serviceWorker;
  if (!sw || !window.caches) {
    say(
      '此浏览器不支持离线保存（如苹果手机的微信、无痕模式或 http:// 网址）：请联网使用，或按下面“离线使用”的说明换用手机自带的浏览器。',
    );
    return;
  }
  let plan: { files: number; size: string } | null = null;
  for (;;) {
    try {
      const reg = await sw.getRegistration();
      if (sw.controller && reg?.active && !reg.installing) {
        // Offline, sw.js is not to be had (the worker does not keep itself): count what it stored.
        const ready = plan ?? (navigator.onLine ? await planned() : { files: await stored(), size: '' });
        const size = ready.size ? `（${ready.size}）` : '';
        say(`已可离线使用：本站 ${ready.files} 个文件${size}已保存在本机，没有信号时也能打开。`, true);
        return;
      }
      plan ??= await planned();
      const done = Math.min(await stored(), plan.files);
      say(
        reg
          ? `正在保存离线内容：${done} / ${plan.files} 个文件（共${plan.size}）。请保持本页打开，保存完会显示“已可离线使用”。`
          : '正在准备离线保存：打开本页几秒后开始，保存完会显示“已可离线使用”。',
      );
    } catch {
      say('离线内容还没有开始保存（可能没有网络）：联网后重新打开本页即可。');
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const boxes = [...document.querySelectorAll<HTMLElement>('[data-offline-status]')];
if (boxes.length) void watch(boxes);
