/**
 * The half of the calculator needed only once the worker asks for a result: the count, the
 * explanation, the report sheet and 另行选举. ElectionCalculator loads it on the first edit (or
 * the first 核算结果), so the page's first load carries only the form.
 */
export { calculate } from '../../../lib/election/compute';
export { Results } from './Results';
