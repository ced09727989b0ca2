/** The largest file the CLI reads (after unpacking): larger is not an article. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
