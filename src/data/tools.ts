/** Working tools (not lessons): linked from the footer and from the module they belong to. */
export interface Tool {
  title: string;
  /** Path under the site base. */
  path: string;
  /** The module whose page links to the tool. */
  module: string;
  summary: string;
}

export const TOOLS: Tool[] = [
  {
    title: '选举结果核算',
    path: 'tools/election-result/',
    module: 'election-day',
    summary: '录入计票数字，逐步核对选举是否有效、谁当选、哪些名额另行选举，打印选举结果报告单。',
  },
];
