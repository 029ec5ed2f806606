/** One thing the admin does after downloading config.yaml, in the order to do them. */
export interface Step {
  id: string;
  title: string;
  explanation: string;
  /** what to run in a shell (lines ending in ` \` continue the command) */
  command?: string;
  /** a file the command needs, to download next to config.yaml */
  file?: { name: string; text: string };
}
