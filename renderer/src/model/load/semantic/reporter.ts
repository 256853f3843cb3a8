/**
 * Collects the semantic checks' findings for one file.
 */
import { makeIssue, type DocumentIssue, type IssueFields } from '../documentError';

/** Collects issues; each check calls `error` or `warn` with the path and what was expected. */
export class Reporter {
  readonly issues: DocumentIssue[] = [];

  constructor(readonly fileName: string) {}

  error(fields: Omit<IssueFields, 'kind'>): void {
    this.issues.push(makeIssue(this.fileName, { ...fields, kind: 'semantic' }, 'error'));
  }

  warn(fields: Omit<IssueFields, 'kind'>): void {
    this.issues.push(makeIssue(this.fileName, { ...fields, kind: 'semantic' }, 'warning'));
  }
}
