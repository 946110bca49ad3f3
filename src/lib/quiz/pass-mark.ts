/** The pass mark, in percent, of a module that sets none and of a task before modules are chosen. */
export const DEFAULT_PASS_MARK = 80;
