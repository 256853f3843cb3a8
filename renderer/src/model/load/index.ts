/**
 * Loading designs: `loadDocument(fileName, text, { library })` and its typed error.
 */
export { loadDocument } from './loadDocument';
export type { LoadOptions, LoadResult } from './loadDocument';
export { unreadableFileError } from './documentError';
export type { DocumentError, DocumentErrorKind, DocumentIssue } from './documentError';
export { checkDesign } from './semantic';
