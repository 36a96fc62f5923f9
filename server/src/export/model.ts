/**
 * The draft databank worksheet ("werkblad beschrijving interventie") as data. Pure: a validation
 * result in, chapters out. Whatever the worksheet asks for and the description does not give
 * becomes a placeholder in place and an entry in the list at the top.
 */
import { DOMAIN_NAMES, MAX_SUMMARY_WORDS, isFilled, nameOf, REPORT_TEXT, textIn, wordCount, type Description, type ValidationResult } from '../core';
import { buildReport, findingsSummary, type EvidenceReport, type LevelInfo } from '../report';
import { ageRange, COMPONENT_NL, DELIVERY_NL, dutch, MANUAL_LANGUAGE_NL, POPULATION_NL, QUALITY_NL, SETTING_NL, sessionCount } from './labels';
import { effectResearch, processResearch } from './research';
import { Sheet } from './sheet';
import { CHAPTER_HEADINGS, type Block, type Chapter, type Section, type Worksheet, type WorksheetStatus } from './types';

const [COLOFON, SAMENVATTING, BESCHRIJVING, UITVOERING, ONDERBOUWING, ONDERZOEK, WERKZAME_ELEMENTEN, LITERATUUR] = CHAPTER_HEADINGS;

/** The contact of the owner; the core's `Description` type leaves it out because no rule reads it. */
interface Contact {
  readonly name?: string;
  readonly email?: string;
  readonly website?: string;
}

function contactOf(description: Description): Contact {
  const contact: unknown = (description.owner as { contact?: unknown } | undefined)?.contact;
  if (typeof contact !== 'object' || contact === null) return {};
  const read = (key: string): string | undefined => {
    const value = (contact as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : undefined;
  };
  const result: { name?: string; email?: string; website?: string } = {};
  for (const key of ['name', 'email', 'website'] as const) {
    const value = read(key);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function levelText(level: LevelInfo | undefined): string {
  if (level === undefined) return 'geen niveau geclaimd';
  return level.key === 'none' ? level.name : `${level.name} (${level.key})`;
}

function section(sheet: Sheet, heading: string, build: () => Block[]): Section {
  sheet.section = heading;
  return { heading, blocks: build() };
}

function colofon(sheet: Sheet, d: Description, report: EvidenceReport, fileName: string): Chapter {
  sheet.section = COLOFON;
  const contact = contactOf(d);
  const levels = report.levels;
  const blocks: Block[] = [
    sheet.field('Naam van de interventie', d.name, 'naam', 'name'),
    sheet.field('Eigenaar / licentiehouder', d.owner?.organisation, 'eigenaar / licentiehouder', 'owner.organisation'),
    sheet.field('Contactpersoon', contact.name, 'contactpersoon', 'owner.contact.name'),
    sheet.field('E-mail', contact.email, 'e-mailadres van de contactpersoon', 'owner.contact.email'),
    ...sheet.optionalField('Website', contact.website),
    sheet.field('Categorie', report.intervention.categoryName, 'categorie', 'category'),
    sheet.field('Geclaimd niveau', levels?.claimed ? levelText(levels.claimed) : undefined, 'geclaimd niveau', 'level.claimed'),
    ...sheet.optionalField('Oordeel erkenningscommissie', levels?.assessed ? `${levelText(levels.assessed)}${levels.assessedOn !== undefined ? `, ${levels.assessedOn}` : ''}` : undefined),
    { kind: 'field', label: 'Bronbestand', value: { kind: 'text', text: `${fileName}${d.id !== undefined ? ` (id ${d.id})` : ''}` } },
  ];
  return { heading: COLOFON, blocks, sections: [] };
}

function summaryChapter(sheet: Sheet, d: Description): { chapter: Chapter; note: string | undefined } {
  sheet.section = SAMENVATTING;
  const blocks = sheet.prose(d.summary, 'samenvatting', 'summary');
  let note: string | undefined;
  if (d.summary !== undefined && isFilled(d.summary)) {
    const words = wordCount(d.summary);
    if (words > MAX_SUMMARY_WORDS) {
      note = `De samenvatting heeft ${words} woorden, meer dan één A4 (ongeveer ${MAX_SUMMARY_WORDS} woorden): kort haar in.`;
      blocks.push({ kind: 'note', text: `Let op: ${words} woorden; het werkblad vraagt hooguit één A4 (ongeveer ${MAX_SUMMARY_WORDS} woorden).` });
    } else {
      blocks.push({ kind: 'note', text: `${words} woorden; het werkblad vraagt hooguit één A4 (ongeveer ${MAX_SUMMARY_WORDS} woorden).` });
    }
  }
  return { chapter: { heading: SAMENVATTING, blocks, sections: [] }, note };
}

function description(sheet: Sheet, d: Description): Chapter {
  const tg = d.targetGroup;
  const sessions = sessionCount(d.approach?.sessions);
  return {
    heading: BESCHRIJVING,
    blocks: [],
    sections: [
      section(sheet, '1.1 Doelgroep', () => [
        sheet.field('Leeftijd van het kind', ageRange(tg?.child?.ageMonths), 'leeftijd van het kind', 'targetGroup.child.ageMonths'),
        sheet.field('Ouders en opvoeders', tg?.parents, 'ouders en opvoeders', 'targetGroup.parents'),
        ...sheet.list('Populatie', tg?.population, 'populatie', 'targetGroup.population', (p) => dutch(POPULATION_NL, p)),
        ...sheet.optionalList('Risicofactoren', tg?.riskFactors),
        ...sheet.list('Indicaties', tg?.indications, 'indicaties', 'targetGroup.indications'),
        ...sheet.list('Contra-indicaties', tg?.contraIndications, 'contra-indicaties', 'targetGroup.contraIndications'),
        sheet.field('Selectie van de doelgroep', tg?.selection, 'selectie van de doelgroep', 'targetGroup.selection'),
      ]),
      section(sheet, '1.2 Doel', () => [
        sheet.field('Hoofddoel', d.goals?.main, 'hoofddoel', 'goals.main'),
        ...sheet.list('Subdoelen', d.goals?.sub, 'subdoelen', 'goals.sub'),
        ...sheet.list('Beoogde uitkomsten', d.goals?.targetedOutcomes, 'beoogde uitkomsten', 'goals.targetedOutcomes', (o) => nameOf(DOMAIN_NAMES, o, 'nl')),
      ]),
      section(sheet, '1.3 Aanpak', () => [
        sheet.field('Aantal bijeenkomsten', sessions, 'aantal bijeenkomsten', 'approach.sessions'),
        sheet.field('Duur per bijeenkomst', d.approach?.sessionMinutes !== undefined ? `${d.approach.sessionMinutes} minuten` : undefined, 'duur per bijeenkomst', 'approach.sessionMinutes'),
        sheet.field('Looptijd', d.approach?.durationWeeks !== undefined ? `${d.approach.durationWeeks} weken` : undefined, 'looptijd in weken', 'approach.durationWeeks'),
        sheet.field('Vorm', d.approach?.delivery !== undefined ? dutch(DELIVERY_NL, d.approach.delivery) : undefined, 'vorm', 'approach.delivery'),
        sheet.field('Locatie', d.approach?.setting !== undefined ? dutch(SETTING_NL, d.approach.setting) : undefined, 'locatie', 'approach.setting'),
        ...sheet.list('Onderdelen', d.approach?.components, 'onderdelen', 'approach.components', (c) => dutch(COMPONENT_NL, c)),
        { kind: 'subheading', text: 'Inhoud en opbouw' },
        ...sheet.prose(d.approach?.content, 'inhoud en opbouw van de bijeenkomsten', 'approach.content'),
      ]),
    ],
  };
}

/** A manual in Dutch reads better as "Nederlandstalig" than as "in het Nederlands". */
const MANUAL_IN: Readonly<Record<string, string>> = { nl: 'Er is een Nederlandstalige handleiding beschikbaar.' };

function manualText(d: Description): string | undefined {
  const manual = d.implementation?.manual;
  if (manual?.available === undefined) return undefined;
  if (!manual.available) return 'Er is (nog) geen handleiding beschikbaar.';
  if (manual.language === undefined) return 'Er is een handleiding beschikbaar (taal niet vermeld).';
  return MANUAL_IN[manual.language] ?? `Er is een handleiding beschikbaar in het ${dutch(MANUAL_LANGUAGE_NL, manual.language)}.`;
}

function implementation(sheet: Sheet, d: Description): Chapter {
  const impl = d.implementation;
  return {
    heading: UITVOERING,
    blocks: [],
    sections: [
      section(sheet, '2.1 Materialen en handleiding', () => [sheet.field('Handleiding', manualText(d), 'handleiding', 'implementation.manual')]),
      section(sheet, '2.2 Professionals', () => sheet.prose(impl?.professionals, 'opleiding en training van de professionals', 'implementation.professionals')),
      section(sheet, '2.3 Kwaliteitsbewaking', () => sheet.list(undefined, impl?.qualityAssurance, 'kwaliteitsbewaking', 'implementation.qualityAssurance', (q) => dutch(QUALITY_NL, q))),
      section(sheet, '2.4 Randvoorwaarden', () => [
        { kind: 'subheading', text: 'Veiligheid van het kind' },
        ...sheet.prose(impl?.safetyAssessment, 'veiligheidstaxatie', 'implementation.safetyAssessment'),
        { kind: 'subheading', text: 'Inschatting van de hulpvraag' },
        ...sheet.prose(impl?.needsAssessment, 'inschatting van de hulpvraag', 'implementation.needsAssessment'),
      ]),
      section(sheet, '2.5 Kosten', () => sheet.prose(impl?.costs, 'kosten', 'implementation.costs')),
    ],
  };
}

function rationale(sheet: Sheet, d: Description): Chapter {
  return {
    heading: ONDERBOUWING,
    blocks: [],
    sections: [
      section(sheet, '3.1 Probleemanalyse', () => sheet.prose(d.rationale?.problem, 'probleemanalyse', 'rationale.problem')),
      section(sheet, '3.2 Oorzaken', () => sheet.prose(d.rationale?.causes, 'oorzaken', 'rationale.causes')),
      section(sheet, '3.3 Verantwoording', () => sheet.prose(d.rationale?.theory, 'verantwoording', 'rationale.theory')),
    ],
  };
}

function status(report: EvidenceReport, notes: readonly string[]): WorksheetStatus {
  const say = textIn('nl');
  const levels = report.levels;
  const supported = levels ? levelText(levels.supported) : 'niet bepaald: het bestand kon niet worden gecontroleerd';
  let verdict = say(REPORT_TEXT.verdictNotClaimed).replace(/`/g, '');
  if (levels?.verdict === 'supported') verdict = levels.exceeds ? say(REPORT_TEXT.verdictExceeds, { supported: levels.supported.name }) : say(REPORT_TEXT.verdictSupported);
  else if (levels?.verdict === 'not-supported') verdict = say(REPORT_TEXT.verdictNotSupported, { supported: levels.supported.name });
  const counts = findingsSummary(report.findingCounts, 'nl');
  return {
    claimed: levelText(levels?.claimed),
    supported,
    assessed: levels?.assessed ? `${levelText(levels.assessed)}${levels.assessedOn !== undefined ? `, ${levels.assessedOn}` : ''}` : undefined,
    supportsClaim: levels?.verdict === 'supported',
    verdict,
    levelGaps: (levels?.missing ?? []).map((m) => m.replace(/`/g, '')),
    notes: [
      ...notes,
      counts === '' ? 'De controle meldt geen bevindingen.' : `De controle meldt ${counts} (intervention-lint check ${report.fileName} toont ze met hun plaats).`,
    ],
  };
}

/** The worksheet of one description; `fileName` is how the file is named in the text. */
export function buildWorksheet(fileName: string, text: string, result: ValidationResult): Worksheet {
  const report = buildReport(fileName, text, result, 'nl');
  const d: Description = result.description ?? {};
  const sheet = new Sheet();
  // Built in document order, so that the placeholders are numbered as they appear.
  const chapters: Chapter[] = [colofon(sheet, d, report, fileName)];
  const summary = summaryChapter(sheet, d);
  chapters.push(summary.chapter, description(sheet, d), implementation(sheet, d), rationale(sheet, d));
  chapters.push({
    heading: ONDERZOEK,
    blocks: [],
    sections: [section(sheet, '4.1 Onderzoek naar de uitvoering', () => processResearch(sheet, d)), section(sheet, '4.2 Effectonderzoek', () => effectResearch(sheet, d, report))],
  });
  sheet.section = WERKZAME_ELEMENTEN;
  chapters.push({ heading: WERKZAME_ELEMENTEN, blocks: sheet.list(undefined, d.rationale?.activeElements, 'werkzame elementen', 'rationale.activeElements'), sections: [] });
  sheet.section = LITERATUUR;
  chapters.push({ heading: LITERATUUR, blocks: sheet.list(undefined, d.references, 'aangehaalde literatuur', 'references'), sections: [] });
  return {
    title: 'Werkblad beschrijving interventie',
    name: report.title,
    fileName,
    intro: `Concept, gemaakt door intervention-lint uit ${fileName}. Vul de gemarkeerde onderdelen aan en controleer de tekst voordat je het werkblad bij de databank indient.`,
    statusHeading: 'Stand van zaken',
    status: status(report, summary.note === undefined ? [] : [summary.note]),
    missing: sheet.missing,
    chapters,
    footer: 'Niveaus: de erkenningscriteria van de databank zoals intervention-lint ze toepast (met de instellingen van het project); klassen van effectgrootte: Gezondheidsraad-advies 2018/11, kader "Maten voor de grootte van effecten en verbanden".',
  };
}
