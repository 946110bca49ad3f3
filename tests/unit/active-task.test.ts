import { describe, expect, it } from 'vitest';
import {
  ACTIVE_TASK_KEY,
  activeTask,
  forgetActiveTask,
  readActiveTask,
  saveActiveTask,
} from '../../src/lib/task/active-task';

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
};
const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 7);

describe('the task remembered in this browser', () => {
  it('is active until a week after its deadline, or 60 days after it was opened without one', () => {
    const storage = memory();
    saveActiveTask(storage, activeTask('AbC-_1', '第一期', ['overview'], now, now + 10 * DAY));
    expect(readActiveTask(storage, now + 16 * DAY)).toMatchObject({ payload: 'AbC-_1', modules: ['overview'] });
    expect(readActiveTask(storage, now + 18 * DAY)).toBeNull();
    saveActiveTask(storage, activeTask('AbC-_1', '第一期', [], now, null));
    expect(readActiveTask(storage, now + 59 * DAY)).not.toBeNull();
    expect(readActiveTask(storage, now + 61 * DAY)).toBeNull();
  });

  it('reads damage, another shape or a payload that is not base64url as no task, and can be forgotten', () => {
    const storage = memory();
    for (const raw of [
      '{',
      'null',
      '{"version":2}',
      '{"version":1,"payload":"a\\"b","title":"t","modules":[],"until":1e15}',
    ]) {
      storage.setItem(ACTIVE_TASK_KEY, raw);
      expect(readActiveTask(storage, now)).toBeNull();
    }
    forgetActiveTask(storage);
    expect(storage.map.has(ACTIVE_TASK_KEY)).toBe(false);
    expect(readActiveTask(null, now)).toBeNull();
  });
});
