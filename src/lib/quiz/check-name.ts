import { hashSeed } from './random';

/**
 * Element-id prefix of an inline check (<Check ids="…">): named by its whole question list, so
 * two checks on a page that start with the same question still get their own ids.
 */
export const checkName = (ids: readonly string[]) => `check-${hashSeed(ids.join(',')).toString(36)}`;
