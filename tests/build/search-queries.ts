/**
 * Real queries a secretary would type, each with the lesson that teaches it, which must be in
 * the top three. At least one per module, by the module's key terms. Paths are relative to the base.
 */
export const FOUND: { query: string; lesson: string }[] = [
  { query: '满意率', lesson: 'modules/overview/goals/' },
  { query: '一次成功率', lesson: 'modules/overview/goals/' },
  { query: '三个突出', lesson: 'modules/overview/three-emphases/' },
  { query: '条号', lesson: 'modules/overview/legal-frame/' },
  { query: '摸底排查', lesson: 'modules/preparation/survey-and-consultation/' },
  { query: '征求意见', lesson: 'modules/preparation/survey-and-consultation/' },
  { query: '应急预案', lesson: 'modules/preparation/work-plan/' },
  { query: '风险点', lesson: 'modules/preparation/training-and-risk/' },
  { query: '一肩挑', lesson: 'modules/party-election/yi-jian-tiao/' },
  { query: '交叉任职', lesson: 'modules/party-election/yi-jian-tiao/' },
  { query: '资格联审', lesson: 'modules/party-election/candidate-review/' },
  { query: '党风廉政意见', lesson: 'modules/party-election/candidate-review/' },
  { query: '选民登记', lesson: 'modules/village-election/voter-registration/' },
  { query: '选民名单', lesson: 'modules/village-election/voter-registration/' },
  { query: '秘密写票处', lesson: 'modules/village-election/voting-and-counting/' },
  { query: '另行选举', lesson: 'modules/village-election/voting-and-counting/' },
  { query: '差额选举', lesson: 'modules/village-election/candidates/' },
  { query: '罢免', lesson: 'modules/village-election/recall-and-handover/' },
  { query: '村民选举委员会', lesson: 'modules/village-election/election-committee/' },
  { query: '户代表', lesson: 'modules/community-election/voting-and-recall/' },
  { query: '社区工作者', lesson: 'modules/community-election/voters-and-candidates/' },
  { query: '居民代表', lesson: 'modules/community-election/supervision-and-audit/' },
  { query: '流动党员', lesson: 'modules/mobilization/voters-away-from-home/' },
  { query: '上门服务', lesson: 'modules/mobilization/services-and-supervision/' },
  { query: '监督小组', lesson: 'modules/mobilization/services-and-supervision/' },
  { query: '拉票贿选', lesson: 'modules/discipline/prevention-and-handling/' },
  { query: '当选无效', lesson: 'modules/discipline/election-offences/' },
  { query: '承诺书', lesson: 'modules/discipline/prevention-and-handling/' },
  { query: '十严禁', lesson: 'modules/discipline/party-discipline-lists/' },
  { query: '领导小组', lesson: 'modules/leadership/leading-group/' },
  { query: '责任书', lesson: 'modules/leadership/responsibility/' },
  { query: '网络舆情', lesson: 'modules/leadership/atmosphere/' },
  { query: '工作移交', lesson: 'modules/follow-up/handover/' },
  { query: '村务监督委员会', lesson: 'modules/follow-up/supervision-and-finance/' },
  { query: '民主评议', lesson: 'modules/follow-up/supervision-and-finance/' },
  { query: '村民代表会议', lesson: 'modules/follow-up/village-meetings/' },
  // The lesson titled with the term comes first.
  { query: '开箱验票', lesson: 'modules/election-day/checking-ballots/' },
  // Several words: all must be on the page.
  // Four lessons teach the proxy limit; the one written for voters away from home is where a reader starts.
  { query: '委托 三人', lesson: 'modules/mobilization/voters-away-from-home/' },
  { query: '选民名单 申诉', lesson: 'modules/village-election/voter-registration/' },
  // A full phrase, typed as read in a lesson.
  { query: '候选人不得接受委托', lesson: 'modules/village-election/voting-and-counting/' },
];

/**
 * Words that appear nowhere on the site, though every one of their characters does: the case
 * where plain Pagefind returns pages through single characters.
 */
export const ABSENT = ['区块链', '选举村委', '投票公司', '党员工资', '选民手机', '委员会网站'];

/**
 * Typing errors a reader makes, the term meant, and the lesson that teaches it (relative to the
 * base), which following the suggestion must find in the top three.
 */
export const TYPOS: { typo: string; meant: string; lesson: string }[] = [
  // Homophones: the wrong candidate from a pinyin keyboard.
  { typo: '选民等级', meant: '选民登记', lesson: 'modules/village-election/voter-registration/' },
  { typo: '一间挑', meant: '一肩挑', lesson: 'modules/party-election/yi-jian-tiao/' },
  { typo: '委拖投票', meant: '委托投票', lesson: 'modules/village-election/voting-and-counting/' },
  { typo: '资格联申', meant: '资格联审', lesson: 'modules/party-election/candidate-review/' },
  // One character dropped, and two swapped.
  { typo: '秘密写处', meant: '秘密写票处', lesson: 'modules/village-election/voting-and-counting/' },
  { typo: '民选登记', meant: '选民登记', lesson: 'modules/village-election/voter-registration/' },
];

/** Glossary terms (ids in content/glossary.yaml) whose own entry must be the first result. */
export const GLOSSARY_FIRST = ['yi-jian-tiao', 'wei-tuo-tou-piao', 'liang-wei', 'zi-ge-lian-shen'];
