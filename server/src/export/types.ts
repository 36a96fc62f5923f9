/**
 * The worksheet as data: chapters of blocks, already in Dutch. The renderers (Markdown, HTML, DOCX)
 * only lay it out; they decide nothing.
 */

/** Something the worksheet asks for that the description does not (yet) give. */
export interface Missing {
  /** 1-based, in document order; the renderers use it for anchors. */
  readonly number: number;
  /** The worksheet's Dutch term, e.g. "probleemanalyse". */
  readonly label: string;
  /** Where it goes in the description, e.g. "rationale.problem". */
  readonly path: string;
  /** The (sub)section of the worksheet where it is shown. */
  readonly section: string;
}

export type Value = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'missing'; readonly missing: Missing };

/** A table cell: one or more lines. */
export type Cell = readonly string[];

export type Block =
  /** Prose from the description, or a placeholder where it is missing. */
  | { readonly kind: 'paragraph'; readonly value: Value }
  /** "Label: value". */
  | { readonly kind: 'field'; readonly label: string; readonly value: Value }
  /** A bulleted list under an optional label. */
  | { readonly kind: 'list'; readonly label: string | undefined; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly caption: string; readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] }
  /** An explanation by the tool (not text of the description); renderers show it in italics. */
  | { readonly kind: 'note'; readonly text: string }
  /** A heading below the section level (e.g. "Nederlands effectonderzoek"). */
  | { readonly kind: 'subheading'; readonly text: string };

export interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface Chapter {
  readonly heading: string;
  /** Blocks directly under the chapter heading, before its sections. */
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
}

export interface WorksheetStatus {
  readonly claimed: string;
  readonly supported: string;
  readonly assessed: string | undefined;
  /** Whether the evidence reaches the claimed level. */
  readonly supportsClaim: boolean;
  readonly verdict: string;
  /** Requirements of the claimed level (and those below it) that the evidence does not meet. */
  readonly levelGaps: readonly string[];
  /** Other points for the author: an overlong summary, the findings of the check. */
  readonly notes: readonly string[];
}

export interface Worksheet {
  /** "Werkblad beschrijving interventie". */
  readonly title: string;
  /** The intervention's name, or the file name when it has none. */
  readonly name: string;
  readonly fileName: string;
  readonly intro: string;
  /** Heading of the status block at the top (before the chapters). */
  readonly statusHeading: string;
  readonly status: WorksheetStatus;
  /** Every placeholder of the chapters, in document order. */
  readonly missing: readonly Missing[];
  readonly chapters: readonly Chapter[];
  readonly footer: string;
}

/** The chapters of the databank worksheet, in order. */
export const CHAPTER_HEADINGS = [
  'Colofon',
  'Samenvatting',
  '1 Beschrijving interventie',
  '2 Uitvoering',
  '3 Onderbouwing',
  '4 Onderzoek',
  '5 Samenvatting werkzame elementen',
  '6 Aangehaalde literatuur',
] as const;

/** The visible placeholder text, e.g. `[ONTBREEKT: probleemanalyse (rationale.problem)]`. */
export function placeholder(missing: Missing): string {
  return `[ONTBREEKT: ${missing.label} (${missing.path})]`;
}

/** How the list at the top names a gap: "probleemanalyse (rationale.problem) — 3.1 Probleemanalyse". */
export function missingListItem(missing: Missing): string {
  return `${missing.label} (${missing.path}) — ${missing.section}`;
}
