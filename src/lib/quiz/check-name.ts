import { fnv1a32Utf16 } from '../hash';

/**
 * Element-id prefix of an inline check (<Check ids="…">): named by its whole question list, so
 * two checks on a page that start with the same question still get their own ids.
 */
export const checkName = (ids: readonly string[]) => `check-${fnv1a32Utf16(ids.join(',')).toString(36)}`;
