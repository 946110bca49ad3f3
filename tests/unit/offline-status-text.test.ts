import { describe, expect, it } from 'vitest';
import type { OfflineProgress } from '../../src/lib/offline/plan';
import { offlineStatusText } from '../../src/lib/offline/status-text';

const MB = 1024 * 1024;
const site = (saved: number) => ({ saved, files: 300, bytes: 4.5 * MB });
const task = (saved: number) => ({ saved, files: 60, bytes: 0.6 * MB });
const status = (p: Partial<OfflineProgress>): OfflineProgress => ({ site: site(0), task: null, only: false, ...p });

describe('the words of 离线状态', () => {
  it('says the whole site is ready only when every file is stored and the worker serves the site', () => {
    expect(offlineStatusText(status({ site: site(300) }), true)).toEqual({
      text: '已可离线使用：本站 300 个文件（约 4.5 MB）已保存在本机，没有信号时也能打开。',
      ready: true,
    });
    expect(offlineStatusText(status({ site: site(300) }), false).ready).toBe(false);
  });

  it('tells the task’s part apart while the rest of the site is still being saved', () => {
    const { text, ready } = offlineStatusText(status({ site: site(90), task: task(60) }), true);
    expect(text).toContain('本任务的课程和测验已可离线使用（约 0.6 MB）');
    expect(text).toContain('全站正在保存 90 / 300 个文件（共约 4.5 MB）');
    expect(ready).toBe(true);
  });

  it('counts the task’s files while they are being saved', () => {
    const { text, ready } = offlineStatusText(status({ site: site(20), task: task(20) }), true);
    expect(text).toContain('正在保存本任务的课程和测验：20 / 60 个文件（约 0.6 MB） · 全站 20 / 300 个文件');
    expect(ready).toBe(false);
  });

  it('says the rest is not kept when the reader chose only the task’s modules', () => {
    expect(offlineStatusText(status({ site: site(60), task: task(60), only: true }), true).text).toBe(
      '本任务的课程和测验已可离线使用（约 0.6 MB）。按您的选择，本站其余内容不保存，需要联网打开。',
    );
    expect(offlineStatusText(status({ site: site(10), task: task(10), only: true }), true).text).not.toContain('全站');
  });

  it('never calls files usable before the worker has taken over, even when they are stored', () => {
    const { text, ready } = offlineStatusText(status({ site: site(22), task: task(60) }), false);
    expect(text).toMatch(/^正在保存/);
    expect(ready).toBe(false);
  });
});
