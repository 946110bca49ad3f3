/**
 * Real queries a secretary would type, each with the page it must find in the top three.
 * At least one per module, by the module's key terms. Paths are relative to the site base.
 */
export const FOUND: { query: string; lesson: string }[] = [
  { query: '满意率', lesson: 'modules/overview/goals/' },
  { query: '摸底排查', lesson: 'modules/preparation/survey-and-consultation/' },
  { query: '应急预案', lesson: 'modules/preparation/work-plan/' },
  { query: '一肩挑', lesson: 'modules/party-election/yi-jian-tiao/' },
  { query: '联审', lesson: 'modules/party-election/candidate-review/' },
  { query: '选民', lesson: 'modules/village-election/voter-registration/' },
  { query: '秘密写票处', lesson: 'modules/village-election/voting-and-counting/' },
  { query: '另行选举', lesson: 'modules/village-election/voting-and-counting/' },
  { query: '罢免', lesson: 'modules/village-election/recall-and-handover/' },
  { query: '户代表', lesson: 'modules/community-election/voting-and-recall/' },
  { query: '社区工作者', lesson: 'modules/community-election/voters-and-candidates/' },
  { query: '流动党员', lesson: 'modules/mobilization/voters-away-from-home/' },
  { query: '拉票贿选', lesson: 'modules/discipline/prevention-and-handling/' },
  { query: '当选无效', lesson: 'modules/discipline/election-offences/' },
  { query: '承诺书', lesson: 'modules/discipline/prevention-and-handling/' },
  { query: '领导小组', lesson: 'modules/leadership/leading-group/' },
  { query: '责任书', lesson: 'modules/leadership/responsibility/' },
  { query: '网络舆情', lesson: 'modules/leadership/atmosphere/' },
  { query: '工作移交', lesson: 'modules/follow-up/handover/' },
  { query: '村务监督委员会', lesson: 'modules/follow-up/supervision-and-finance/' },
  { query: '民主评议', lesson: 'modules/follow-up/supervision-and-finance/' },
];

/** Words that appear nowhere on the site. */
export const ABSENT = ['火箭', '咖啡'];
