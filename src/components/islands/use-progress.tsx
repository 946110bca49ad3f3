import { useMemo, useState } from 'preact/hooks';
import type { ProgressData } from '../../lib/progress/data';
import { openBrowserStore, storageNotice, type StoreStatus } from '../../lib/progress/store';

/**
 * The progress store for an island. Opened on first render in the browser only; during the
 * server render there is no storage and nothing to show.
 */
export function useProgress() {
  const store = useMemo(() => (typeof window === 'undefined' ? null : openBrowserStore()), []);
  const [data, setData] = useState<ProgressData | null>(() => store?.read() ?? null);
  const [status, setStatus] = useState<StoreStatus>(() => store?.status() ?? 'ok');
  const update = (change: (d: ProgressData) => ProgressData) => {
    if (!store) return;
    setStatus(store.update(change));
    setData(store.read());
  };
  return { data, notice: storageNotice(status), update };
}

export function Notice({ text }: { text: string | null }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}
