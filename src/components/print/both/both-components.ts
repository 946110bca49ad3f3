/**
 * The lesson components for a lesson's page that also render the handbook's version of the
 * elements that differ on paper (print-components.ts), between markers (lib/two-ways).
 */
import { mdxComponents } from '../../mdx-components';
import A from './A.astro';
import Check from './Check.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Input from './Input.astro';

export const bothComponents = { ...mdxComponents, Check, h2: H2, h3: H3, a: A, input: Input };
