/**
 * Components available in every lesson without an import line, so authors write
 * <KeyPoint>, <LegalBasis>, <Steps>, <RedLine>, <Term>, <LocalRule> and <OfflineStatus> directly.
 */
import KeyPoint from './KeyPoint.astro';
import LegalBasis from './LegalBasis.astro';
import RedLine from './RedLine.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';
import Check from './Check.astro';
import LocalRule from './LocalRule.astro';
import TaskBox from './TaskBox.astro';
import OfflineStatus from './OfflineStatus.astro';

export const mdxComponents = { KeyPoint, LegalBasis, RedLine, Steps, Term, Check, LocalRule, OfflineStatus };

/** Checklists: the same, with "- [ ] " drawn as a box to tick on paper. */
export const checklistComponents = { ...mdxComponents, input: TaskBox };
