/** What a consequence of an upgrade is about; a closed list, so the page and the CLI can group them. */
export type ImpactCode =
  | 'pod-restart'
  | 'hook-prepuller'
  | 'delete-first'
  | 'address-may-change'
  | 'user-servers-keep-old'
  | 'deletes-data';

/** One consequence of `helm upgrade`, said in one line with its reason. */
export interface Impact {
  code: ImpactCode;
  /** `danger`: data or the service is lost or helm refuses; `warning`: users notice; `info`: worth knowing */
  severity: 'danger' | 'warning' | 'info';
  /** the object it is about, `Deployment hub`, when there is one */
  resource?: string;
  /** what happens, e.g. "The hub restarts" */
  title: string;
  /** why, from the rendered objects */
  reason: string;
}
