/**
 * What the server knows about the workspace as a whole: the description files found on disk and
 * the `id` of every description it has checked, for the cross-file rule `duplicate-id`.
 *
 * Incremental by design: recording one file's id touches only the entries of its old and new id,
 * and returns exactly the files whose `duplicate-id` result that can change. Each of those gets a
 * new `crossStamp`, which the analysis cache and the pull result ids include, so nothing else is
 * invalidated (a global generation would re-check every open file on every id change).
 */
import type { WorkspaceView } from '../core';

export interface WorkspaceIndex {
  /** Description files of the workspace folders (open or not), as found by the last scan. */
  readonly files: ReadonlySet<string>;
  replaceFiles(uris: Iterable<string>): void;
  addFile(uri: string): void;
  removeFile(uri: string): void;
  /** Whether the file's id has been recorded (from a check of its current text). */
  hasId(uri: string): boolean;
  /**
   * Records the id found by checking `uri`; returns the other files whose cross-file result
   * changes (those that shared the old id or share the new one), empty when the id is unchanged.
   */
  setId(uri: string, id: string | undefined): string[];
  /** Forgets a file (deleted, or closed outside the workspace); returns the files affected. */
  forget(uri: string): string[];
  /** Changes whenever the cross-file input of `uri` changes. */
  crossStamp(uri: string): number;
  /** The view the core's cross-file rules see when checking `uri`. */
  viewFor(uri: string): WorkspaceView;
}

export function createWorkspaceIndex(displayName: (uri: string) => string): WorkspaceIndex {
  const files = new Set<string>();
  const ids = new Map<string, string | undefined>();
  const urisById = new Map<string, Set<string>>();
  const stamps = new Map<string, number>();
  let nextStamp = 1;

  function holders(id: string | undefined): readonly string[] {
    return id === undefined ? [] : [...(urisById.get(id) ?? [])];
  }

  function detach(uri: string): string | undefined {
    const id = ids.get(uri);
    if (id !== undefined) {
      const set = urisById.get(id);
      set?.delete(uri);
      if (set?.size === 0) urisById.delete(id);
    }
    ids.delete(uri);
    return id;
  }

  /** Marks the files that shared `before` or share `after` with `uri` as changed. */
  function touch(uri: string, before: string | undefined, after: string | undefined): string[] {
    const affected = [...new Set([...holders(before), ...holders(after)])].filter((other) => other !== uri);
    for (const other of affected) stamps.set(other, nextStamp++);
    return affected;
  }

  return {
    files,
    replaceFiles(uris) {
      files.clear();
      for (const uri of uris) files.add(uri);
    },
    addFile: (uri) => void files.add(uri),
    removeFile: (uri) => void files.delete(uri),
    hasId: (uri) => ids.has(uri),
    setId(uri, id) {
      if (ids.has(uri) && ids.get(uri) === id) return [];
      const before = detach(uri);
      ids.set(uri, id);
      if (id !== undefined) urisById.set(id, (urisById.get(id) ?? new Set()).add(uri));
      return touch(uri, before, id);
    },
    forget(uri) {
      const before = detach(uri);
      stamps.delete(uri);
      return touch(uri, before, undefined);
    },
    crossStamp: (uri) => stamps.get(uri) ?? 0,
    viewFor(uri) {
      return {
        otherFilesWithId: (id) => holders(id).filter((other) => other !== uri).map(displayName).sort(),
      };
    },
  };
}
