/** The import's limits, shared by the browser's early check, the proxy and lib/imports/read-file.ts. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 1000;
/** A request carrying a file of IMPORT_MAX_BYTES: the file plus the form's other fields and multipart framing. */
export const IMPORT_MAX_REQUEST_BYTES = IMPORT_MAX_BYTES + 64 * 1024;
