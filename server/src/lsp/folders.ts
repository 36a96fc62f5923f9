/**
 * The workspace folders and the configuration of each: the project's config file, overridden by
 * the editor settings. Answers "which folder, which config, is this a description" for a URI.
 */
import picomatch from 'picomatch';
import { MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, mergeConfig, parseConfig, RULE_IDS, type Config, type ConfigOverrides } from '../core';
import { SOURCE } from './convert';
import type { Runtime } from './runtime';
import { sanitiseSettings, type EditorSettings, type SettingsSource } from './settings';


/**
 * A matcher for the configured `files`, read as the CLI's globber reads them: a `!pattern` excludes
 * what the other patterns include (for picomatch alone it would match every other path).
 */
export function filesMatcher(patterns: readonly string[]): (path: string) => boolean {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0) return () => false;
  return picomatch(include, { dot: true, ignore: exclude });
}

export const LANGUAGE_ID = 'intervention-yaml';

export interface Folder {
  readonly uri: string;
  /** The file system path; undefined for folders that are not `file:` URIs. */
  readonly path: string | undefined;
  readonly config: Config;
  readonly settings: EditorSettings;
}

export interface FolderConfigs {
  readonly all: readonly Folder[];
  folderOf(uri: string): Folder | undefined;
  configOf(uri: string): Config;
  /** The sanitised editor settings that apply to `uri`. */
  settingsOf(uri: string): EditorSettings;
  /** The file name relative to its folder, for messages that name other files. */
  displayName(uri: string): string;
  isDescription(uri: string, languageId?: string): boolean;
  isConfigFile(uri: string): boolean;
  /**
   * Reads the editor settings (when the client answers `workspace/configuration`), then the config
   * files; true when any folder's effective config changed (a client repeating the same settings
   * must not cause every file to be checked again).
   */
  reload(): Promise<boolean>;
  /** Reads each folder's config file again (it changed on disk); the editor settings stay. */
  reloadConfigFiles(): Promise<boolean>;
}

export interface FolderOptions {
  readonly roots: readonly { readonly uri: string }[];
  readonly clientLocale: string | undefined;
  /** Where the editor settings come from (asked for, or as the client sent them). */
  readonly settings: SettingsSource;
}

/** Compiled once per owner (a config, a set of settings): picomatch.isMatch would compile the globs on every call. */
const matchers = new WeakMap<object, (path: string) => boolean>();

function compiledOnce(owner: object, globs: readonly string[]): (path: string) => boolean {
  let matcher = matchers.get(owner);
  if (!matcher) {
    matcher = filesMatcher(globs);
    matchers.set(owner, matcher);
  }
  return matcher;
}

const matcherOf = (config: Config): ((path: string) => boolean) => compiledOnce(config, config.files);
/** The `interventionLint.ignore` globs of `settings`. */
const ignoredBy = (settings: EditorSettings): ((path: string) => boolean) => compiledOnce(settings, settings.ignore);

function within(uri: string, folder: string): boolean {
  return uri === folder || uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

interface MutableFolder {
  readonly uri: string;
  readonly path: string | undefined;
  config: Config;
  settings: EditorSettings;
}

/** Spec §6: defaults < the editor's own defaults (its locale) < the project's file < explicit settings. */
export function configFrom(settings: EditorSettings, fileOverrides: ConfigOverrides | undefined): Config {
  return mergeConfig(mergeConfig(mergeConfig(DEFAULT_CONFIG, settings.defaults), fileOverrides), settings.overrides);
}

export function createFolderConfigs(connection: Connection, runtime: Runtime, options: FolderOptions): FolderConfigs {
  const log = (message: string): void => connection.console.log(`[${SOURCE}] ${message}`);
  const folders: MutableFolder[] = options.roots.map((root) => {
    const uri = root.uri.replace(/\/$/, '');
    const parsed = URI.parse(uri);
    return { uri, path: parsed.scheme === 'file' ? parsed.fsPath : undefined, config: DEFAULT_CONFIG, settings: sanitiseSettings(undefined, options.clientLocale) };
  });
  const outside = sanitiseSettings(undefined, options.clientLocale);
  const outsideConfig = configFrom(outside, undefined);

  function folderOf(uri: string): MutableFolder | undefined {
    let best: MutableFolder | undefined;
    for (const folder of folders) if (within(uri, folder.uri) && (!best || folder.uri.length > best.uri.length)) best = folder;
    return best;
  }

  /** The config files to look for: the one `interventionLint.configFile` names, else the default names. */
  function configCandidates(folder: MutableFolder): string[] {
    const chosen = folder.settings.configFile;
    if (chosen === undefined) return CONFIG_FILE_NAMES.map((name) => Utils.joinPath(URI.parse(folder.uri), name).toString());
    return [/^([a-zA-Z]:)?[\\/]/.test(chosen) ? URI.file(chosen).toString() : Utils.joinPath(URI.parse(folder.uri), chosen).toString()];
  }

  /** The config file's overrides, and its mistakes published as diagnostics on the file itself. */
  async function readConfigFile(folder: MutableFolder): Promise<ConfigOverrides | undefined> {
    if (!runtime.fs || folder.path === undefined) return undefined;
    for (const configUri of configCandidates(folder)) {
      const text = await runtime.fs.readFile(URI.parse(configUri).fsPath);
      if (text === undefined) {
        const reason = await runtime.fs.unreadable?.(URI.parse(configUri).fsPath);
        if (reason === undefined) continue;
        // Never a silent fall-back to the defaults (spec §6): the file is there, so say why it is not used.
        const message = `Cannot read ${Utils.basename(URI.parse(configUri))}: ${reason}; the defaults and editor settings apply until it can be read.`;
        void connection.sendDiagnostics({ uri: configUri, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, code: 'config', source: SOURCE, message }] });
        log(message);
        return undefined;
      }
      log(`config loaded from ${URI.parse(configUri).fsPath}`);
      const { overrides, problems } = parseConfig(text, RULE_IDS, folder.settings.overrides.language ?? folder.settings.defaults.language ?? 'en');
      const configDocument = TextDocument.create(configUri, 'yaml', 0, text);
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        range: { start: configDocument.positionAt(p.range.start), end: configDocument.positionAt(p.range.end) },
        severity: 1,
        code: 'config',
        source: SOURCE,
        message: p.message,
      }));
      void connection.sendDiagnostics({ uri: configUri, diagnostics });
      if (problems.length > 0) log(`invalid config ${configUri}: the defaults and editor settings apply until it is fixed`);
      return overrides;
    }
    if (folder.settings.configFile !== undefined) {
      const message = `interventionLint.configFile: cannot read ${URI.parse(configCandidates(folder)[0] ?? folder.uri).fsPath}; the defaults and editor settings apply`;
      connection.console.error(`[${SOURCE}] ${message}`);
      // A notification: there is nothing to answer, and no client is kept waiting.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    } else log(`no config file in ${folder.path}; the defaults and editor settings apply`);
    return undefined;
  }

  return {
    get all() {
      return folders;
    },
    folderOf,
    configOf: (uri) => folderOf(uri)?.config ?? outsideConfig,
    settingsOf: (uri) => folderOf(uri)?.settings ?? outside,
    displayName(uri) {
      const folder = folderOf(uri);
      const relative = folder ? uri.slice(folder.uri.length + 1) : uri.slice(uri.lastIndexOf('/') + 1);
      return decodeURIComponent(relative);
    },
    isDescription(uri, languageId) {
      const folder = folderOf(uri);
      const settings = folder?.settings ?? outside;
      const relative = decodeURIComponent(folder ? uri.slice(folder.uri.length).replace(/^\//, '') : URI.parse(uri).path.replace(/^\//, ''));
      // `enable: false` and `ignore` win over everything, also over the language id.
      if (!settings.enable || (settings.ignore.length > 0 && ignoredBy(settings)(relative))) return false;
      if (languageId === LANGUAGE_ID) return true;
      if (/\.intervention\.ya?ml$/.test(uri)) return true;
      return matcherOf(folder?.config ?? outsideConfig)(relative);
    },
    isConfigFile(uri) {
      if ((CONFIG_FILE_NAMES as readonly string[]).includes(Utils.basename(URI.parse(uri)))) return true;
      return folders.some((folder) => folder.settings.configFile !== undefined && configCandidates(folder).includes(uri));
    },
    async reload() {
      for (const folder of folders) {
        const raw = await options.settings.read(folder.uri);
        folder.settings = sanitiseSettings(raw, options.clientLocale);
      }
      return this.reloadConfigFiles();
    },
    async reloadConfigFiles() {
      let changed = false;
      for (const folder of folders) {
        const fileOverrides = await readConfigFile(folder);
        const config = configFrom(folder.settings, fileOverrides);
        changed ||= JSON.stringify(config) !== JSON.stringify(folder.config);
        folder.config = config;
      }
      return changed;
    },
  };
}
