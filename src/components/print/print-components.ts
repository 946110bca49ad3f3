/**
 * The lesson components as the handbook renders them: the same boxes, but headings shifted under
 * the module and lesson titles, relative links as text, and inline checks as printed questions.
 */
import { checklistComponents } from '../mdx-components';
import H4 from './H4.astro';
import H5 from './H5.astro';
import PrintCheck from './PrintCheck.astro';
import PrintLink from './PrintLink.astro';

export const printComponents = { ...checklistComponents, Check: PrintCheck, h2: H4, h3: H5, a: PrintLink };
