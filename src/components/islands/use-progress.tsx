import { useEffect, useState } from 'preact/hooks';
import type { ProgressData } from '../../lib/progress/data';
import { browserStore, storageNotice, type StoreStatus } from '../../lib/progress/store';

type Change = (d: ProgressData) => ProgressData;

/**
 * The page's shared store, for an island. Storage is read only after hydration, so the server
 * render and the first browser render agree (no hydration mismatch when storage is blocked or
 * damaged); afterwards every change, from any island or tab, re-renders the island.
 * `withData: false` follows only the status, for islands that never show the record.
 */
export function useProgress(withData = true) {
  const [data, setData] = useState<ProgressData | null>(null);
  const [status, setStatus] = useState<StoreStatus>('ok');
  useEffect(() => {
    const store = browserStore();
    const sync = () => {
      setStatus(store.status());
      if (withData) setData(store.read());
    };
    sync();
    return store.subscribe(sync);
  }, []);
  const update = (change: Change) => browserStore().update(change);
  return { data, status, notice: storageNotice(status), update };
}

const NOT_SAVED: Record<Exclude<StoreStatus, 'ok'>, string> = {
  blocked: '此浏览器不能保存数据（如无痕模式）。',
  unreadable: '本机已有的学习记录已损坏、无法读取，为免覆盖没有写入。',
  newer: '本机的学习记录来自新版网站，为免覆盖没有写入；请刷新页面后再试。',
  full: '浏览器存储已满。',
};

/**
 * What to tell a trainee whose change could not be saved (null when it was). The change stays
 * on this page until it is closed, so say that, and how to keep a copy.
 */
export function notSaved(status: StoreStatus): string | null {
  if (status === 'ok') return null;
  return `没有保存到本机：${NOT_SAVED[status]}本页显示的内容在关闭或刷新前仍在，可用本页的“生成学习记录码”另存一份。`;
}

export function Notice({ text }: { text: string | null }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}
