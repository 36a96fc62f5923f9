/** What the server needs from its host; the node main provides a file system, the browser does not. */
export interface FileSystem {
  /** Absolute paths of the files under `folder` that match the globs. */
  findFiles(folder: string, globs: readonly string[]): Promise<string[]>;
  /** The text of a file (BOM removed), or undefined when it cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /**
   * Why `path` exists but cannot be read (a FIFO, a device, too large, no permission), or
   * undefined when it does not exist: a config that is there but unreadable must be reported.
   */
  unreadable?(path: string): Promise<string | undefined>;
}

export interface Runtime {
  readonly fs: FileSystem | undefined;
  /** Where a rule's documentation page lives, for `codeDescription.href`. */
  readonly ruleDocsBase: string | undefined;
}
