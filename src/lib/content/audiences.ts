/**
 * Who a module, lesson or question is written for, with the labels readers see. Its own file,
 * free of zod, so browser code (the exam-paper builder) can use it without the schema library.
 */
export const AUDIENCES = {
  township: '乡镇党委书记',
  village: '村党组织书记',
  community: '社区党组织书记',
  member: '两委成员',
  staff: '选举工作人员',
} as const;
export type Audience = keyof typeof AUDIENCES;
