import { useEffect, useState } from 'preact/hooks';
import type { ProgressData } from '../../../lib/progress/record';
import { browserStore, storageNotice } from '../../../lib/progress/store';
import type { StoreStatus } from '../../../lib/storage/record-store';

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
