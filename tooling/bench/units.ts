/** The bench's rounding: what its tables and JSON show. */

/** Milliseconds as seconds, to 0.1 s. */
export const seconds = (ms: number) => Math.round(ms / 100) / 10;
/** Bytes as KB (1,024 bytes), to 0.1 KB. */
export const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
/** Bytes as whole MB (10^6 bytes). */
export const megabytes = (bytes: number) => Math.round(bytes / 1e6);
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
