/**
 * Task links and task ids as published: trainers have sent these links to chat groups, and
 * receipts carry the ids. The payloads and ids below were made by the site and are literals.
 *
 * Changing the format: add a version (a new version byte) whose decoder still reads every
 * payload below; add lines for the new version; never edit or delete a published line.
 */
import { describe, expect, it } from 'vitest';
import { decodeTask, encodeTask, parseTaskFromUrl, taskIdOf, type Task } from '../../../src/lib/task/link';

const PUBLISHED: { task: Task; payload: string; id: string }[] = [
  {
    task: {
      title: '2026年换届培训第一期',
      unit: '某某县委组织部',
      deadline: '2026-12-31',
      passMark: 80,
      modules: ['ov', 've', 'dc'],
      note: '请在截止日期前完成全部模块。',
    },
    payload:
      'ARkAMgAwADIANl50Y2JcSlf5i617LE4AZx8PZ9Bn0FO_WdR-xH7HkOj9E1ADBG92BHZlBGRjHYv3VyhiKmtiZeVnH1JNW4xiEFFokOhqIVdXMAIGLg',
    id: 'QYBV8H',
  },
  {
    task: { title: 'Spring 2027', unit: 'County', deadline: null, passMark: 60, modules: ['ed'], note: '' },
    payload: 'ARZTcHJpbmcgMjAyNwxDb3VudHkAPAEEZWQA_PU',
    id: 'ZHWK91',
  },
  {
    task: {
      title: '第二期（社区）',
      unit: '街道党工委',
      deadline: '2020-01-01',
      passMark: 100,
      modules: ['ce', 'mb', 'fu', 'ld', 'pe', 'pr'],
      note: 'A·B 两组 😀',
    },
    payload: 'AQ97LE6MZx__CHk-Uzr_CQuIV5BTUVpd5VnUAWQGBGNlBG1iBGZ1BGxkBHBlBHByIEHCt0Ig5Lik57uEIPCfmIBpKw',
    id: 'VXTPD3',
  },
  {
    task: { title: '补考', unit: '乡镇', deadline: '2100-12-31', passMark: 1, modules: ['ve'], note: '' },
    payload: 'AQWIZYADBU5hlUeR5wEBAQR2ZQDf0g',
    id: 'R4T2SG',
  },
];

describe('published task links (version 1)', () => {
  it.each(PUBLISHED)(
    '“$task.title” still decodes to the task the trainer made, with id $id',
    ({ task, payload, id }) => {
      expect(decodeTask(payload)).toEqual({ ok: true, task, id, payload });
      expect(parseTaskFromUrl(`https://example.org/training/task/?t=${payload}&from=groupmessage`)).toEqual({
        ok: true,
        task,
        id,
        payload,
      });
    },
  );

  it.each(PUBLISHED)('“$task.title” is still encoded to the very same link and id', ({ task, payload, id }) => {
    expect(encodeTask(task)).toBe(payload);
    expect(taskIdOf(payload)).toBe(id);
  });
});
