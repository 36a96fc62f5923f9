/**
 * Databank submission: the draft worksheet (`intervention-lint export`) and the portfolio overview
 * (`intervention-lint summary`). Pure: data in, text or bytes out; the CLI does the file I/O.
 * The DOCX renderer lives in `./docx` and is imported on demand (it pulls in the `docx` package).
 */
export { buildWorksheet } from './model';
export { renderWorksheetMarkdown } from './markdown';
export { renderWorksheetHtml } from './html';
export { CHAPTER_HEADINGS, missingListItem, placeholder, type Block, type Cell, type Chapter, type Missing, type Section, type Value, type Worksheet, type WorksheetStatus } from './types';
export { STUDY_HEADERS } from './research';
export { renderSummary, summaryRow, csvField, CSV_DELIMITERS, SUMMARY_FORMATS, type CsvOptions, type SummaryFormat, type SummaryRow } from './summary';
