/**
 * Deterministic corpus of intervention descriptions for the benchmarks (issue 9).
 *
 * Same (seed, index) => byte-identical file, on any machine and any day: nothing here reads the
 * clock, and no generated date can expire (clean files carry no `assessedOn`; the seeded
 * `assessment-expired` defect uses a date in 2014).
 *
 * A clean file satisfies the schema and every domain rule with the default config: the claimed
 * level is computed from the generated studies (spec §5), labels match their effect class (§4),
 * session counts lie in the category's effective range, and so on. About a third of the files get
 * one or two seeded defects; each defect records the rule ids it must produce (`expect`), so the
 * bench can check `expected ⊆ reported` and count what the linter reports beyond that.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// ------------------------------------------------------------------------------------------------
// PRNG (mulberry32) and helpers

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const sample = (list, k) => {
    const copy = [...list];
    const out = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, sample };
}

// ------------------------------------------------------------------------------------------------
// Vocabulary (Dutch prose with diacritics, English keys and enum values)

const NAME_A = ['Samen', 'Sterk', 'Veilig', 'Stevig', 'Warm', 'Kleine', 'Goed', 'Thuis', 'Positief', 'Rustig', 'Vroeg', 'Open'];
const NAME_B = ['Opvoeden', 'Ouderschap', 'Gehecht', 'Kijken', 'Thuis', 'Begin', 'Verder', 'Groeien', 'Oudercoach', 'Gezin', 'Samenspel', 'Stappen'];
const ORGS = [
  'Stichting Jeugd & Gezin Noord (fictief)',
  'Instituut voor Opvoeding en Ontwikkeling (fictief)',
  'Kenniscentrum Ouder-Kindrelatie (fictief)',
  'GGD Regio Midden, afdeling JGZ (fictief)',
  'Academische Werkplaats Jeugd Zuid (fictief)',
  'Vereniging Gezinscoaching Nederland (fictief)',
];
const PEOPLE = ['Dr. A. de Vries', 'Drs. M. Jansen', 'Prof. dr. E. Bakker', 'Dr. S. van Dijk', 'Drs. R. Visser', 'Dr. L. Smit', 'Dr. H. Meijer', 'Drs. J. de Boer'];
const AUTHORS = ['Jansen, P.', 'de Vries, K.', 'Bakker, E.', 'van den Berg, M.', 'Mulder, S.', 'Smit, A.', 'Bos, L.', 'Vos, T.', 'Peters, H.', 'Hendriks, N.', 'Dekker, R.', 'Brouwer, I.', 'Smith, J.', 'Müller, F.', 'García, L.', 'Andersson, E.'];
const JOURNALS = ['Tijdschrift voor Orthopedagogiek', 'Kind en Adolescent', 'Child Abuse & Neglect', 'Attachment & Human Development', 'Journal of Family Psychology', 'Infant Mental Health Journal', 'Pedagogische Studiën', 'Developmental Psychology'];
const COUNTRIES = ['US', 'GB', 'DE', 'BE', 'SE', 'NO', 'CA', 'AU'];

const WORDS = (
  'ouders kinderen gezin opvoeding hechting sensitiviteit veiligheid ontwikkeling ondersteuning begeleiding ' +
  'vaardigheden signalen stress netwerk interactie coach huisbezoek video-opnamen feedback oefenen gedrag ' +
  'grenzen structuur vertrouwen reflectie emoties taal spel dagritme omgeving buurt wijkteam jeugdgezondheidszorg ' +
  'risicofactoren beschermende factoren draagkracht draaglast samenwerking programma fase sessie doelen evaluatie ' +
  'peuters baby’s zuigelingen één-oudergezinnen pleeggezinnen kwetsbare gezinnen specifiek ervaring België'
).split(' ');
const SENTENCES = [
  'Ouders leren de signalen van hun kind beter te herkennen en daar passend op te reageren.',
  'De coach bespreekt korte video-opnamen van alledaagse situaties met de ouders.',
  'Elke sessie begint met een terugblik op de afgelopen week en de afspraken die zijn gemaakt.',
  'De interventie sluit aan bij wat ouders zelf al goed doen en bouwt daarop voort.',
  'Er is aandacht voor stress bij ouders, omdat die de interactie met het kind sterk beïnvloedt.',
  'Het netwerk van het gezin wordt waar mogelijk betrokken bij de uitvoering.',
  'De begeleiding vindt plaats in de thuissituatie, zodat oefenen direct in het dagelijks leven gebeurt.',
  'Na afloop is er een evaluatiegesprek waarin ouders en coach de doelen samen beoordelen.',
  'Kinderen profiteren van een voorspelbare en warme opvoedingsomgeving.',
  'Harde straffen en fysiek geweld worden vervangen door kalm en consequent grenzen stellen.',
  'De uitvoerders werken met een handleiding en een vast draaiboek per fase.',
  'Gezinnen met meerdere risicofactoren krijgen extra ondersteuning bij praktische problemen.',
  'Vroege signalering maakt het mogelijk om problemen te voorkomen voordat ze ernstig worden.',
  'De opzet is gebaseerd op de gehechtheidstheorie en de sociale leertheorie.',
  'Ouders oefenen tussen de sessies met opdrachten die aansluiten bij hun eigen doelen.',
  'De coach let op de veiligheid van het kind en bespreekt zorgen direct met de gedragswetenschapper.',
  'Uit onderzoek blijkt dat kortdurende, gerichte programma’s het meest effectief zijn.',
  'Het programma is afgestemd op gezinnen met een niet-westerse achtergrond en laaggeletterde ouders.',
  'Een sensitieve, responsieve opvoeding vergroot de kans op een veilige gehechtheidsrelatie.',
  'De interventie wordt aangeboden via de jeugdgezondheidszorg, het wijkteam en de huisarts.',
];
const RISK_FACTORS = ['Psychische problemen bij een ouder', 'Financiële problemen en schulden', 'Sociaal isolement', 'Tienerouderschap', 'Eigen ervaringen van de ouder met kindermishandeling', 'Huiselijk geweld in het verleden', 'Verslaving bij een ouder', 'Vroeggeboorte of een laag geboortegewicht', 'Een prikkelbaar of moeilijk te troosten kind', 'Werkloosheid en slechte huisvesting'];
const INDICATIONS = ['Zorgen over de ouder-kindinteractie bij het consultatiebureau', 'Opvoedingsvragen waarbij ouders zelf hulp zoeken', 'Verwijzing door het wijkteam na een signaal van school', 'Combinatie van ten minste twee risicofactoren', 'Gedragsproblemen van het kind thuis', 'Onzekerheid van ouders over de verzorging van hun baby'];
const CONTRA = ['Acute onveiligheid waarbij het kind niet thuis kan blijven wonen', 'Ernstige psychiatrische problematiek bij een ouder zonder behandeling', 'Actuele verslavingsproblematiek die samenwerking onmogelijk maakt', 'Seksueel misbruik binnen het gezin', 'Ouder weigert elke vorm van samenwerking'];
const ACTIVE = ['Video-feedback op eigen interacties', 'Oefenen in de thuissituatie', 'Positieve bekrachtiging van ouders', 'Een vaste coach gedurende het hele traject', 'Psycho-educatie over de ontwikkeling van het kind', 'Aandacht voor stress en draagkracht van ouders'];
const SUBGOALS = ['Ouders reageren sensitiever op signalen van hun kind.', 'Ouders ervaren minder opvoedingsstress.', 'Ouders stellen grenzen zonder harde straffen.', 'Het kind laat minder probleemgedrag zien.', 'Het gezin heeft een steunend netwerk.', 'Ouders kennen de ontwikkelingsfasen van hun kind.'];
const MEASURES = {
  sensitivity: ['Ainsworth Sensitivity Scale', 'Emotional Availability Scales', 'NICHD-observatie van sensitiviteit'],
  attachment: ['Attachment Q-Sort', 'Strange Situation Procedure', 'Gehechtheidsobservatie (gestandaardiseerd)'],
  maltreatment: ['Meldingen bij Veilig Thuis (registratie)', 'Conflict Tactics Scale Parent-Child', 'Dossieronderzoek naar herhaalde mishandeling'],
  'harsh-discipline': ['Parenting Scale, subschaal overreageren', 'Observatie van disciplineringsgedrag', 'Alabama Parenting Questionnaire'],
  'child-behaviour': ['Child Behavior Checklist', 'Strengths and Difficulties Questionnaire', 'Eyberg Child Behavior Inventory'],
  'parenting-stress': ['Nijmeegse Ouderlijke Stress Index', 'Parenting Stress Index, korte versie', 'Opvoedingsbelastingvragenlijst'],
  'parenting-skills': ['Observatie van positief opvoedgedrag', 'Vragenlijst Opvoedvaardigheden', 'Parenting Sense of Competence'],
  'risk-factors': ['Risicotaxatie-instrument (gestandaardiseerd)', 'Gezinsrisicoprofiel', 'Sociale-steunlijst'],
  other: ['Tevredenheid van ouders', 'Bereik en uitval', 'Kwaliteit van leven van het gezin'],
};

const CATEGORY_SETUP = {
  sensitivity: {
    sessions: [5, 15],
    outcomes: ['sensitivity', 'attachment', 'child-behaviour', 'parenting-stress'],
    populations: ['help-request', 'risk-families'],
    components: ['video-feedback', 'home-visits', 'psycho-education'],
  },
  'maltreatment-prevention': {
    sessions: [16, 30],
    outcomes: ['maltreatment', 'harsh-discipline', 'parenting-skills', 'parenting-stress'],
    populations: ['help-request', 'risk-families', 'maltreatment'],
    components: ['parent-training', 'home-visits', 'practical-support', 'psycho-education'],
  },
  'parenting-support': {
    sessions: [4, 24],
    outcomes: ['parenting-skills', 'child-behaviour', 'parenting-stress', 'harsh-discipline'],
    populations: ['universal', 'help-request', 'risk-families'],
    components: ['parent-training', 'group-sessions', 'psycho-education', 'other'],
  },
  other: {
    sessions: [3, 20],
    outcomes: ['child-behaviour', 'risk-factors', 'parenting-stress', 'attachment'],
    populations: ['universal', 'help-request', 'risk-families'],
    components: ['practical-support', 'home-visits', 'other'],
  },
};
const CATEGORIES = Object.keys(CATEGORY_SETUP);
const ALL_DOMAINS = ['sensitivity', 'attachment', 'maltreatment', 'harsh-discipline', 'child-behaviour', 'parenting-stress', 'parenting-skills', 'risk-factors'];
const LEVELS = ['well-founded', 'effective-first', 'effective-good', 'effective-strong'];
const CONTROLLED = ['rct', 'quasi-experimental'];
const FIRST_DESIGNS = ['pre-post-norm', 'repeated-measures', 'n-of-1', ...CONTROLLED];

// ------------------------------------------------------------------------------------------------
// Effect sizes (spec §4)

const D_CLASSES = [[1.2, 'very large'], [0.8, 'large'], [0.5, 'medium'], [0.2, 'small'], [0, 'negligible']];
const R_CLASSES = [[0.5, 'large'], [0.3, 'medium'], [0.1, 'small'], [0, 'negligible']];
const NL = { negligible: 'verwaarloosbaar', small: 'klein', medium: 'middelmatig', large: 'groot', 'very large': 'zeer groot' };
const classOf = (value, table) => table.find(([bound]) => Math.abs(value) >= bound - 1e-9)[1];

// ------------------------------------------------------------------------------------------------
// Model

let verbosity = 1;
function prose(r, minWords, maxWords, scale = verbosity) {
  const target = Math.max(8, Math.round(r.int(minWords, maxWords) * scale));
  const parts = [];
  let words = 0;
  while (words < target) {
    const s = r.chance(0.8) ? r.pick(SENTENCES) : `${cap(r.sample(WORDS, r.int(5, 9)).join(' '))}.`;
    parts.push(s);
    words += s.split(' ').length;
  }
  return parts.join(' ');
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function makeOutcome(r, domain, { supporting, dutch }) {
  const kind = r.int(0, 9) < 7 ? 'd' : r.chance(0.6) ? 'r' : 'or';
  const o = { measure: r.pick(MEASURES[domain] ?? MEASURES.other), domain };
  if (dutch || r.chance(0.6)) o.instrumentValidated = true;
  if (kind === 'd') o.effect = { d: round2(supporting ? 0.2 + r.next() * 0.9 : r.next() * 0.3) };
  else if (kind === 'r') o.effect = { r: round2(supporting ? 0.1 + r.next() * 0.4 : r.next() * 0.15) };
  else o.effect = { or: round2(supporting ? 1.3 + r.next() * 2 : 0.8 + r.next() * 0.5) };
  if (kind !== 'or' && r.chance(0.7)) {
    const cls = kind === 'd' ? classOf(o.effect.d, D_CLASSES) : classOf(o.effect.r, R_CLASSES);
    o.label = r.chance(0.5) ? cls : NL[cls];
  }
  o.significant = supporting ? true : r.chance(0.3);
  o.direction = supporting ? 'positive' : r.pick(['positive', 'none']);
  if (!supporting && o.significant && o.direction === 'positive') o.direction = 'none';
  return o;
}
const round2 = (x) => Math.round(x * 100) / 100;

function makeStudy(r, { dutch, design, targeted, supporting, followUp, forceDomain }) {
  const authors = r.sample(AUTHORS, r.int(1, 3));
  const year = r.int(2004, 2024);
  const title = cap(`${r.pick(['effecten van', 'evaluatie van', 'een gerandomiseerde studie naar', 'follow-up van', 'implementatie en effect van'])} ${r.sample(WORDS, 4).join(' ')}`);
  const study = {
    reference: `${authors.join(', ')} (${year}). ${title}. ${r.pick(JOURNALS)}, ${r.int(1, 60)}(${r.int(1, 6)}), ${r.int(1, 400)}-${r.int(401, 800)}.`,
    year,
    country: dutch ? 'NL' : r.pick(COUNTRIES),
    design,
    n: r.int(24, 640),
  };
  if (followUp !== undefined) study.followUpMonths = followUp;
  const nOutcomes = r.int(1, 3);
  const domains = r.sample(targeted, nOutcomes);
  if (forceDomain && !domains.includes(forceDomain)) domains[0] = forceDomain;
  study.outcomes = domains.map((domain, i) => makeOutcome(r, domain, { supporting: supporting && i === 0, dutch }));
  return study;
}

function supportedLevel(m) {
  const targeted = new Set(m.goals.targetedOutcomes);
  const supports = (s) => s.outcomes.some((o) => o.direction === 'positive' && o.significant === true && targeted.has(o.domain));
  const placed = [
    ...m.research.dutchStudies.map((s) => ({ s, dutch: true })),
    ...m.research.internationalStudies.map((s) => ({ s, dutch: false })),
  ].filter((p) => supports(p.s));
  const controlled = placed.filter((p) => CONTROLLED.includes(p.s.design));
  let level = 'well-founded';
  if (placed.some((p) => p.dutch && FIRST_DESIGNS.includes(p.s.design))) level = 'effective-first';
  else return level;
  if (controlled.some((p) => p.dutch)) level = 'effective-good';
  else return level;
  if (controlled.length >= 2 && controlled.some((p) => (p.s.followUpMonths ?? 0) >= 6)) level = 'effective-strong';
  return level;
}

/** A clean description model: no finding with the default configuration. */
export function makeModel(r, index, options = {}) {
  verbosity = options.verbosity ?? r.pick([0.2, 0.35, 0.5, 0.7, 0.9, 1, 1.2]);
  const category = options.category ?? CATEGORIES[index % CATEGORIES.length];
  const setup = CATEGORY_SETUP[category];
  const name = `${r.pick(NAME_A)} ${r.pick(NAME_B)}${r.chance(0.3) ? ` ${r.pick(['Plus', 'Online', 'Kort', 'Intensief', '0-4'])}` : ''}`;
  const targeted = r.sample(setup.outcomes, r.int(2, setup.outcomes.length));
  if (category === 'maltreatment-prevention' && !targeted.includes('maltreatment')) targeted[0] = 'maltreatment';
  let population = r.sample(setup.populations, r.int(1, 2));
  if (category === 'maltreatment-prevention' && population.length === 1 && population[0] === 'risk-families') population = ['risk-families', 'maltreatment'];
  const [sMin, sMax] = setup.sessions;
  let sessions;
  if (r.chance(0.5)) sessions = r.int(sMin, sMax);
  else {
    const lo = r.int(sMin, sMax - 2);
    sessions = { min: lo, max: r.int(lo + 1, Math.min(sMax, lo + 8)) };
  }
  if (population.includes('maltreatment')) {
    // light-intervention-for-severe-problems: the maximum must be at least 16
    const max = typeof sessions === 'number' ? sessions : sessions.max;
    if (max < 16) sessions = typeof sessions === 'number' ? 16 : { min: sessions.min, max: 16 };
  }
  let components = r.sample(setup.components, r.int(1, 3));
  if (category === 'sensitivity' && !components.includes('video-feedback')) components = ['video-feedback', ...components];
  // Clean files pass every rule of contract v1.1, which asks prevention of maltreatment to work with the parent.
  if (category === 'maltreatment-prevention' && !components.includes('parent-training')) components = ['parent-training', ...components];
  const ageMin = category === 'sensitivity' ? r.pick([6, 6, 12, 18]) : r.pick([-3, 0, 6, 12, 24]);
  const ageMax = ageMin + r.pick([18, 30, 42, 60, 96]);

  // Studies: 1–6 in all; the first Dutch one supports the claim in most files.
  const nStudies = options.studies ?? r.int(1, 6);
  const research = { dutchStudies: [], internationalStudies: [], metaAnalyses: [] };
  const needMaltreatmentOutcome = targeted.includes('maltreatment');
  for (let k = 0; k < nStudies; k++) {
    const where = k === 0 ? 'dutch' : r.pick(['dutch', 'international', 'international', 'meta']);
    const dutch = where === 'dutch';
    const design = where === 'meta' ? 'meta-analysis' : r.pick(k === 0 ? ['rct', 'quasi-experimental', 'pre-post-norm', 'repeated-measures', 'rct'] : ['rct', 'quasi-experimental', 'pre-post', 'rct', 'qualitative', 'repeated-measures']);
    const study = makeStudy(r, {
      dutch,
      design,
      targeted,
      supporting: where !== 'meta' && (k === 0 || r.chance(0.6)),
      followUp: r.chance(0.7) ? r.pick([0, 3, 6, 12, 24]) : undefined,
      forceDomain: dutch && k === 0 && needMaltreatmentOutcome ? 'maltreatment' : undefined,
    });
    (where === 'dutch' ? research.dutchStudies : where === 'meta' ? research.metaAnalyses : research.internationalStudies).push(study);
  }

  const m = {
    format: 'intervention/v1',
    id: `${slug(name)}-${String(index).padStart(5, '0')}`,
    name,
    summary: prose(r, 60, 230),
    owner: { organisation: r.pick(ORGS), contact: { name: r.pick(PEOPLE), email: `info@${slug(name)}.example`, website: `https://${slug(name)}.example/` } },
    category,
    level: { claimed: 'well-founded' },
    targetGroup: {
      child: { ageMonths: { min: ageMin, max: ageMax } },
      parents: prose(r, 15, 40),
      population,
      riskFactors: r.sample(RISK_FACTORS, r.int(2, 5)),
      indications: r.sample(INDICATIONS, r.int(1, 4)),
      contraIndications: r.sample(CONTRA, r.int(1, 4)),
      selection: prose(r, 15, 45),
    },
    goals: { main: r.pick(SUBGOALS), sub: r.sample(SUBGOALS, r.int(1, 4)), targetedOutcomes: targeted },
    approach: {
      sessions,
      sessionMinutes: r.pick([45, 60, 90, 120]),
      durationWeeks: r.int(6, 40),
      delivery: r.pick(['individual', 'group', 'mixed', 'online']),
      setting: r.pick(['home', 'centre', 'mixed', 'school']),
      components,
      content: prose(r, 30, 110),
    },
    rationale: { problem: prose(r, 25, 70), causes: prose(r, 25, 70), theory: prose(r, 25, 80), activeElements: r.sample(ACTIVE, r.int(2, 4)) },
    implementation: {
      manual: { available: true, language: 'nl' },
      professionals: prose(r, 20, 50),
      qualityAssurance: r.sample(['training', 'intervision', 'refresher-days', 'supervision', 'fidelity-monitoring'], r.int(1, 5)),
      safetyAssessment: prose(r, 20, 50),
      needsAssessment: prose(r, 15, 40),
      // Always present (a databank inclusion criterion, v1.1); the draw is kept so the rest of the corpus stays as it was.
      processEvaluation: [`${r.pick(AUTHORS)} (${r.int(2010, 2024)}). ${r.chance(0.6) ? 'Procesevaluatie' : 'Implementatieonderzoek'} van ${name}: bereik en programmatrouw. Rapport.`],
      costs: `Circa ${r.int(4, 60) * 100} euro per gezin (fictief bedrag).`,
    },
    research,
    references: ["Gezondheidsraad. De ouder-kindrelatie en jeugdtrauma's. Den Haag: Gezondheidsraad, 2018; publicatienr. 2018/11.", ...[...research.dutchStudies, ...research.internationalStudies, ...research.metaAnalyses].map((s) => s.reference)],
    xExtra: r.chance(0.1) ? { 'x-intern': { dossier: `D-${r.int(1000, 9999)}`, status: 'concept' } } : undefined,
  };
  const supported = supportedLevel(m);
  m.level.claimed = LEVELS[r.int(0, LEVELS.indexOf(supported))];
  if (r.chance(0.3)) m.level.assessed = m.level.claimed;
  return m;
}

// ------------------------------------------------------------------------------------------------
// YAML emitter (hand-written so that the text looks like what people write: comments, flow maps,
// folded prose, quoted references) — records the line of every key path for the defects.

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
const needsQuote = (s) => /^[\s"'`&*!|>%@{}[\],#?-]|: | #|:$|^(true|false|null|yes|no|~)$|^[\d.+-]+$/i.test(s);
const scalar = (v) => (typeof v === 'string' ? (needsQuote(v) ? JSON.stringify(v) : v) : String(v));
const flowMap = (o) => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }`;
const flowSeq = (a) => `[${a.map(scalar).join(', ')}]`;

class Emitter {
  constructor() {
    this.lines = [];
    this.at = new Map();
  }
  line(text, path) {
    if (path) this.at.set(path, this.lines.length + 1);
    this.lines.push(text);
  }
  prose(indent, key, text, path, width = 92) {
    if (text.length + key.length + indent.length < 100 && !needsQuote(text)) return this.line(`${indent}${key}: ${text}`, path);
    this.line(`${indent}${key}: >-`, path);
    for (const l of wrap(text, width - indent.length)) this.lines.push(`${indent}  ${l}`);
  }
  list(indent, key, items, path, quoted = false) {
    this.line(`${indent}${key}:${items.length === 0 ? ' []' : ''}`, path);
    for (const item of items) this.lines.push(`${indent}  - ${quoted ? JSON.stringify(item) : scalar(item)}`);
  }
}

function emitStudy(e, indent, s, path) {
  e.line(`${indent}- reference: ${JSON.stringify(s.reference)}`, `${path}.reference`);
  const i = `${indent}  `;
  for (const key of ['year', 'country', 'design', 'n', 'followUpMonths']) if (s[key] !== undefined) e.line(`${i}${key}: ${scalar(s[key])}`, `${path}.${key}`);
  e.line(`${i}outcomes:`, `${path}.outcomes`);
  s.outcomes.forEach((o, n) => {
    const op = `${path}.outcomes.${n}`;
    e.line(`${i}  - measure: ${scalar(o.measure)}`, `${op}.measure`);
    const j = `${i}    `;
    e.line(`${j}domain: ${o.domain}`, `${op}.domain`);
    if (o.instrumentValidated !== undefined) e.line(`${j}instrumentValidated: ${o.instrumentValidated}`, `${op}.instrumentValidated`);
    if (o.effect) e.line(`${j}effect: ${flowMap(o.effect)}`, `${op}.effect`);
    if (o.label !== undefined) e.line(`${j}label: ${o.label}`, `${op}.label`);
    if (o.significant !== undefined) e.line(`${j}significant: ${o.significant}`, `${op}.significant`);
    if (o.direction !== undefined) e.line(`${j}direction: ${o.direction}`, `${op}.direction`);
  });
}

export function emit(m, r) {
  const e = new Emitter();
  e.line(`format: ${m.format}`, 'format');
  if (r.chance(0.5)) {
    e.line(`# ${m.name}: beschrijving voor de databank effectieve jeugdinterventies (fictief voorbeeld,`);
    e.line('# gegenereerd voor de benchmark van intervention-lint).');
  }
  if (m.disableComment) e.line(m.disableComment);
  e.line(`id: ${m.id}`, 'id');
  e.line(`name: ${scalar(m.name)}`, 'name');
  e.prose('', 'summary', m.summary, 'summary');
  e.line('owner:', 'owner');
  e.line(`  organisation: ${scalar(m.owner.organisation)}`, 'owner.organisation');
  e.line('  contact:', 'owner.contact');
  for (const [k, v] of Object.entries(m.owner.contact)) e.line(`    ${k}: ${scalar(v)}`, `owner.contact.${k}`);
  e.line(`category: ${m.category}`, 'category');
  e.line('level:', 'level');
  e.line(`  claimed: ${m.level.claimed}${r.chance(0.3) ? '   # zie onderzoek hieronder' : ''}`, 'level.claimed');
  if (m.level.assessed) e.line(`  assessed: ${m.level.assessed}`, 'level.assessed');
  if (m.level.assessedOn) e.line(`  assessedOn: ${m.level.assessedOn}`, 'level.assessedOn');
  const tg = m.targetGroup;
  e.line('targetGroup:', 'targetGroup');
  e.line('  child:', 'targetGroup.child');
  e.line(`    ageMonths: ${flowMap(tg.child.ageMonths)}`, 'targetGroup.child.ageMonths');
  e.prose('  ', 'parents', tg.parents, 'targetGroup.parents');
  e.line(`  population: ${flowSeq(tg.population)}`, 'targetGroup.population');
  e.list('  ', 'riskFactors', tg.riskFactors, 'targetGroup.riskFactors');
  e.list('  ', 'indications', tg.indications, 'targetGroup.indications');
  if (tg.contraIndications !== undefined) e.list('  ', 'contraIndications', tg.contraIndications, 'targetGroup.contraIndications');
  if (tg.selection !== undefined) e.prose('  ', 'selection', tg.selection, 'targetGroup.selection');
  e.line('goals:', 'goals');
  if (m.goals.main !== undefined) e.line(`  main: ${scalar(m.goals.main)}`, 'goals.main');
  e.list('  ', 'sub', m.goals.sub, 'goals.sub');
  e.line(`  targetedOutcomes: ${flowSeq(m.goals.targetedOutcomes)}`, 'goals.targetedOutcomes');
  const a = m.approach;
  e.line('approach:', 'approach');
  e.line(`  sessions: ${typeof a.sessions === 'object' ? flowMap(a.sessions) : a.sessions}${r.chance(0.2) ? '   # aantal contacten' : ''}`, 'approach.sessions');
  if (a.typo) e.line(`  ${a.typo.key}: ${a.typo.value}`, 'approach.typo');
  e.line(`  sessionMinutes: ${scalar(a.sessionMinutes)}`, 'approach.sessionMinutes');
  e.line(`  durationWeeks: ${a.durationWeeks}`, 'approach.durationWeeks');
  e.line(`  delivery: ${a.delivery}`, 'approach.delivery');
  e.line(`  setting: ${a.setting}`, 'approach.setting');
  e.line(`  components: ${flowSeq(a.components)}`, 'approach.components');
  e.prose('  ', 'content', a.content, 'approach.content');
  e.line('rationale:', 'rationale');
  for (const k of ['problem', 'causes', 'theory']) if (m.rationale[k] !== undefined) e.prose('  ', k, m.rationale[k], `rationale.${k}`);
  e.list('  ', 'activeElements', m.rationale.activeElements, 'rationale.activeElements');
  const im = m.implementation;
  e.line('implementation:', 'implementation');
  e.line(`  manual: ${flowMap(im.manual)}`, 'implementation.manual');
  e.prose('  ', 'professionals', im.professionals, 'implementation.professionals');
  e.line(`  qualityAssurance: ${flowSeq(im.qualityAssurance)}`, 'implementation.qualityAssurance');
  if (im.safetyAssessment !== undefined) e.prose('  ', 'safetyAssessment', im.safetyAssessment, 'implementation.safetyAssessment');
  if (im.needsAssessment !== undefined) e.prose('  ', 'needsAssessment', im.needsAssessment, 'implementation.needsAssessment');
  if (im.processEvaluation) e.list('  ', 'processEvaluation', im.processEvaluation, 'implementation.processEvaluation', true);
  e.line(`  costs: ${scalar(im.costs)}`, 'implementation.costs');
  e.line('research:', 'research');
  for (const list of ['dutchStudies', 'internationalStudies', 'metaAnalyses']) {
    const studies = m.research[list];
    if (studies.length === 0 && list !== 'dutchStudies') continue;
    e.line(`  ${list}:${studies.length === 0 ? ' []' : ''}`, `research.${list}`);
    studies.forEach((s, n) => emitStudy(e, '    ', s, `research.${list}.${n}`));
  }
  e.list('', 'references', m.references, 'references', true);
  if (m.xExtra) {
    for (const [k, v] of Object.entries(m.xExtra)) {
      e.line(`${k}:`, k);
      for (const [kk, vv] of Object.entries(v)) e.line(`  ${kk}: ${scalar(vv)}`);
    }
  }
  return { text: `${e.lines.join('\n')}\n`, at: e.at, lines: e.lines };
}

// ------------------------------------------------------------------------------------------------
// Seeded defects: each mutates the model (or the emitted text) and names the rule ids it must produce.

const allStudies = (m) => [...m.research.dutchStudies, ...m.research.internationalStudies, ...m.research.metaAnalyses];
const firstWithD = (m) => {
  for (const [list, studies] of Object.entries(m.research)) {
    for (let s = 0; s < studies.length; s++) {
      const n = studies[s].outcomes.findIndex((o) => o.effect?.d !== undefined);
      if (n >= 0) return { list, s, n, outcome: studies[s].outcomes[n] };
    }
  }
  return undefined;
};

export /**
 * Spec v1.1: maltreatment-claim-without-maltreatment-outcome is silent where
 * sensitivity-claims-maltreatment-prevention reports the same claim (a sensitivity intervention that
 * targets maltreatment while no study measured it).
 */
function sensitivityClaimFires(m) {
  const measured = [...m.research.dutchStudies, ...m.research.internationalStudies, ...(m.research.metaAnalyses ?? [])].some((s) => (s.outcomes ?? []).some((o) => o.domain === 'maltreatment'));
  return m.category === 'sensitivity' && m.goals.targetedOutcomes.includes('maltreatment') && !measured;
}

const DEFECTS = [
  { id: 'schema-enum', expect: ['schema'], schema: true, apply: (m) => { m.approach.delivery = 'individueel'; return 'approach.delivery'; } },
  { id: 'schema-type', expect: ['schema'], schema: true, apply: (m) => { m.approach.sessionMinutes = '90 minuten'; return 'approach.sessionMinutes'; } },
  { id: 'schema-unknown-key', expect: ['schema'], schema: true, apply: (m) => { m.approach.typo = { key: 'sesionLength', value: 60 }; return 'approach.typo'; } },
  { id: 'schema-missing-required', expect: ['schema'], schema: true, apply: (m) => { delete m.goals.main; return 'goals'; } },
  { id: 'schema-pattern', expect: ['schema'], schema: true, apply: (m) => { m.research.dutchStudies.length ? (m.research.dutchStudies[0].country = 'Nederland') : (m.id = 'Niet Geldig'); return m.research.dutchStudies.length ? 'research.dutchStudies.0.country' : 'id'; } },
  { id: 'yaml-duplicate-key', expect: ['yaml-syntax'], schema: true, text: (t) => t.replace(/^( {2}sessionMinutes: .*)$/m, '$1\n$1') },
  { id: 'yaml-tab', expect: ['yaml-syntax'], schema: true, text: (t) => t.replace(/^ {2}(durationWeeks: .*)$/m, '\t$1') },
  { id: 'format-version', expect: ['format-version'], schema: true, apply: (m) => { m.format = 'intervention/v0'; return 'format'; } },
  { id: 'sessions-outside-effective-range', area: 'sessions', expect: ['sessions-outside-effective-range'], when: (m) => m.category === 'sensitivity', apply: (m) => { m.approach.sessions = 22; } },
  { id: 'sessions-outside-effective-range-malt', area: 'sessions', expect: ['sessions-outside-effective-range'], when: (m) => m.category === 'maltreatment-prevention', apply: (m) => { m.approach.sessions = { min: 20, max: 40 }; } },
  {
    id: 'effective-claim-without-dutch-study', area: 'studies', expect: (m) => ['claimed-level-not-supported', 'effective-claim-without-dutch-study', ...(m.goals.targetedOutcomes.includes('maltreatment') && !sensitivityClaimFires(m) ? ['maltreatment-claim-without-maltreatment-outcome'] : [])], when: (m) => m.research.dutchStudies.length > 0,
    apply: (m) => { for (const s of m.research.dutchStudies) { s.country = 'BE'; m.research.internationalStudies.push(s); } m.research.dutchStudies = []; m.level.claimed = 'effective-good'; delete m.level.assessed; },
  },
  {
    id: 'claimed-level-not-supported', area: 'studies', expect: ['claimed-level-not-supported'], when: (m) => m.research.dutchStudies.length > 0,
    apply: (m) => { for (const s of [...m.research.dutchStudies, ...m.research.internationalStudies]) s.design = 'pre-post'; m.level.claimed = 'effective-strong'; delete m.level.assessed; },
  },
  { id: 'missing-rationale', area: 'studies', expect: ['missing-rationale'], apply: (m) => { delete m.rationale.theory; } },
  { id: 'universal-offer-not-supported', area: 'population', expect: ['universal-offer-not-supported'], when: (m) => m.category === 'sensitivity' || m.category === 'maltreatment-prevention', apply: (m) => { m.targetGroup.population = ['universal', ...m.targetGroup.population.filter((p) => p !== 'universal')]; } },
  { id: 'risk-only-maltreatment-prevention', area: 'population', expect: ['risk-only-maltreatment-prevention'], when: (m) => m.category === 'maltreatment-prevention', apply: (m) => { m.targetGroup.population = ['risk-families']; delete m.targetGroup.selection; } },
  { id: 'sensitivity-before-six-months', expect: ['sensitivity-before-six-months'], when: (m) => m.category === 'sensitivity', apply: (m) => { m.targetGroup.child.ageMonths.min = 0; } },
  { id: 'sensitivity-without-video-feedback', expect: ['sensitivity-without-video-feedback'], when: (m) => m.category === 'sensitivity', apply: (m) => { m.approach.components = m.approach.components.filter((c) => c !== 'video-feedback'); if (m.approach.components.length === 0) m.approach.components = ['home-visits']; } },
  {
    id: 'maltreatment-claim-without-maltreatment-outcome', area: 'targeted', expect: ['maltreatment-claim-without-maltreatment-outcome'], when: (m) => m.category === 'parenting-support' || m.category === 'other',
    apply: (m) => { m.goals.targetedOutcomes = [...m.goals.targetedOutcomes, 'maltreatment']; for (const s of allStudies(m)) for (const o of s.outcomes) if (o.domain === 'maltreatment') o.domain = 'other'; },
  },
  {
    id: 'sensitivity-claims-maltreatment-prevention', area: 'targeted', expect: ['sensitivity-claims-maltreatment-prevention'], when: (m) => m.category === 'sensitivity',
    apply: (m) => { m.goals.targetedOutcomes = [...m.goals.targetedOutcomes, 'maltreatment']; },
  },
  { id: 'missing-contra-indications', expect: ['missing-contra-indications'], apply: (m) => { m.targetGroup.contraIndications = []; } },
  {
    id: 'light-intervention-for-severe-problems', area: 'population',
    // v1.1: a parenting-support offer to maltreating families has a rule of its own.
    expect: (m) => [m.category === 'parenting-support' ? 'parenting-support-for-maltreatment-families' : 'light-intervention-for-severe-problems'], when: (m) => m.category === 'parenting-support' || m.category === 'other',
    apply: (m) => { m.targetGroup.population = [...m.targetGroup.population.filter((p) => p !== 'universal'), 'maltreatment']; m.approach.sessions = 6; },
  },
  {
    id: 'missing-safety-assessment', area: 'population', expect: ['missing-safety-assessment'],
    apply: (m) => { if (!m.targetGroup.population.includes('risk-families') && m.category !== 'maltreatment-prevention') m.targetGroup.population = [...m.targetGroup.population, 'risk-families']; delete m.implementation.safetyAssessment; },
  },
  { id: 'missing-needs-assessment', expect: ['missing-needs-assessment'], apply: (m) => { delete m.implementation.needsAssessment; } },
  { id: 'missing-quality-assurance', expect: ['missing-quality-assurance'], apply: (m) => { m.implementation.qualityAssurance = []; } },
  { id: 'missing-dutch-manual', expect: ['missing-dutch-manual'], apply: (m) => { m.implementation.manual = { available: true, language: 'en' }; } },
  { id: 'child-age-outside-databank-range', expect: ['child-age-outside-databank-range'], apply: (m) => { m.targetGroup.child.ageMonths.max = 300; } },
  {
    id: 'effect-size-label-mismatch', area: 'effect', expect: ['effect-size-label-mismatch'], when: (m) => firstWithD(m) !== undefined,
    apply: (m) => { const { outcome } = firstWithD(m); const cls = classOf(outcome.effect.d, D_CLASSES); outcome.label = cls === 'large' || cls === 'very large' ? 'small' : 'groot'; },
  },
  {
    id: 'implausible-effect-size', area: 'effect', expect: ['implausible-effect-size'], when: (m) => firstWithD(m) !== undefined,
    apply: (m) => { const { outcome } = firstWithD(m); outcome.effect = { d: 3.4 }; outcome.label = 'very large'; },
  },
  {
    id: 'negative-effect-reported', area: 'studies', expect: ['negative-effect-reported'], when: (m) => m.research.dutchStudies.length + m.research.internationalStudies.length > 0,
    apply: (m) => { const s = [...m.research.dutchStudies, ...m.research.internationalStudies][0]; s.outcomes.push({ measure: 'Opvoedingsbelastingvragenlijst', domain: m.goals.targetedOutcomes[0], instrumentValidated: true, effect: { d: -0.31 }, label: 'small', significant: true, direction: 'negative' }); },
  },
  { id: 'unvalidated-instrument', area: 'studies', expect: ['unvalidated-instrument'], when: (m) => m.research.dutchStudies.length > 0, apply: (m) => { m.research.dutchStudies[0].outcomes[0].instrumentValidated = false; } },
  {
    id: 'outcome-not-targeted', area: 'targeted', expect: ['outcome-not-targeted'], when: (m) => allStudies(m).length > 0,
    apply: (m) => { const domain = ALL_DOMAINS.find((d) => !m.goals.targetedOutcomes.includes(d)); allStudies(m)[0].outcomes.push({ measure: 'Aanvullende vragenlijst', domain, instrumentValidated: true, effect: { d: 0.1 }, significant: false, direction: 'none' }); },
  },
  { id: 'assessment-expired', expect: ['assessment-expired'], apply: (m) => { m.level.assessed = m.level.claimed; m.level.assessedOn = '2014-06-01'; } },
  { id: 'summary-too-long', expect: ['summary-too-long'], apply: (m, r) => { m.summary = prose(r, 640, 700, 1); } },
  {
    id: 'study-not-in-references', area: 'studies', expect: ['study-not-in-references'], when: (m) => allStudies(m).length > 0,
    apply: (m) => {
      // A first author and year no other study has, since the rule matches by surname and year.
      const study = allStudies(m).at(-1);
      const old = study.reference;
      study.reference = old.replace(/^[^(]*\(/, 'Zijlstra, W. (');
      m.references = m.references.filter((x) => x !== old);
    },
  },
  { id: 'unused-disable', expect: ['unused-disable'], apply: (m) => { m.disableComment = '# intervention-lint-disable-next-line summary-too-long -- de samenvatting is bewust uitgebreid'; } },
];

/** One file: text, expected rule ids, defect ids, line count. */
export function makeFile(seed, index) {
  const r = rng(seed * 1000003 + index * 7919 + 17);
  const m = makeModel(r, index);
  // Keep the clean file within 80–300 lines: drop studies past the limit (re-deriving the claim).
  const defects = [];
  const slot = index % 3;
  if (slot === 1) {
    const count = index % 9 === 1 ? 2 : 1;
    const applicable = DEFECTS.filter((d) => !d.when || d.when(m));
    // Cycle through the defects over the corpus so that every kind occurs, then vary the second one.
    const first = applicable[Math.floor(index / 3) % applicable.length];
    defects.push(first);
    if (count === 2) {
      const second = r.pick(applicable.filter((d) => d !== first && !d.schema && !first.schema && d.id !== 'summary-too-long' && (d.area === undefined || d.area !== first.area)));
      if (second) defects.push(second);
    }
  }
  const textDefects = [];
  for (const d of defects) {
    if (d.text) textDefects.push(d);
    else if (d.when && !d.when(m)) continue;
    else d.apply(m, r);
  }
  let { text } = emit(m, r);
  for (const d of textDefects) text = d.text(text);
  const expect = [...new Set(defects.flatMap((d) => (typeof d.expect === 'function' ? d.expect(m) : d.expect)))].sort();
  return { text, expect, defects: defects.map((d) => d.id), lines: text.split('\n').length - 1 };
}

/** The one large description: ~5,000 lines, many studies, three seeded defects at 10 %, 50 %, 90 %. */
export function makeBigFile(seed = 7, targetLines = 5000) {
  const r = rng(seed * 31 + 5);
  const m = makeModel(r, 1, { category: 'maltreatment-prevention', studies: 1, verbosity: 1 });
  // Add Dutch and international studies until the text reaches the target.
  let studies = 0;
  for (;;) {
    const dutch = studies % 3 !== 2;
    const s = makeStudy(r, { dutch, design: r.pick(['rct', 'quasi-experimental', 'pre-post-norm', 'repeated-measures']), targeted: m.goals.targetedOutcomes, supporting: true, followUp: 12, forceDomain: undefined });
    (dutch ? m.research.dutchStudies : m.research.internationalStudies).push(s);
    studies++;
    if (studies % 20 === 0 && emit(m, rng(1)).lines.length >= targetLines - 40) break;
  }
  m.references = [m.references[0], ...allStudies(m).map((s) => s.reference)];
  while (emit(m, rng(1)).lines.length > targetLines) {
    const list = m.research.internationalStudies.length > 1 ? m.research.internationalStudies : m.research.dutchStudies;
    const gone = list.pop();
    m.references = m.references.filter((x) => x !== gone.reference);
  }
  m.level.claimed = supportedLevel(m);
  delete m.level.assessed;
  // Defects at ~10 %, ~50 %, ~90 % of the file.
  const { at, lines } = emit(m, rng(1));
  const studyAtFraction = (f) => {
    const wanted = Math.round(lines.length * f);
    let best;
    for (const [path, line] of at) if (/^research\.(dutchStudies|internationalStudies)\.\d+\.outcomes\.0\.effect$/.test(path) && (!best || Math.abs(line - wanted) < Math.abs(best[1] - wanted))) best = [path, line];
    const [, list, s] = /^research\.(\w+)\.(\d+)/.exec(best[0]);
    return m.research[list][Number(s)];
  };
  const s10 = studyAtFraction(0.1);
  const s50 = studyAtFraction(0.5);
  const s90 = studyAtFraction(0.9);
  s10.outcomes[0].effect = { d: 0.6 };
  s10.outcomes[0].label = 'klein';
  s50.design = 'randomised';
  s90.outcomes[0].effect = { d: 3.4 };
  s90.outcomes[0].label = 'zeer groot';
  // Pad to the exact target with references.
  let pad = 0;
  while (emit(m, rng(1)).lines.length < targetLines) m.references.push(`Aanvullende bron ${++pad} (${2000 + (pad % 25)}). Rapport over ${r.pick(WORDS)} en ${r.pick(WORDS)}.`);
  const { text } = emit(m, rng(1));
  return { text, expect: ['effect-size-label-mismatch', 'implausible-effect-size', 'schema'], lines: text.split('\n').length - 1 };
}

/**
 * Writes `count` files (`NNNNN-<id>.intervention.yaml`) into `dir/files` plus `dir/expected.json`.
 * Returns the manifest.
 */
export function writeCorpus(dir, { count, seed = 42 }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  const manifest = { generator: 'intervention-lint bench/lib/corpus.mjs', seed, count, files: {} };
  let totalLines = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const f = makeFile(seed, i);
    const name = `d${String(i).padStart(5, '0')}.intervention.yaml`;
    writeFileSync(join(dir, 'files', name), f.text);
    totalLines += f.lines;
    bytes += Buffer.byteLength(f.text);
    manifest.files[name] = { lines: f.lines, expect: f.expect, defects: f.defects };
  }
  manifest.totalLines = totalLines;
  manifest.bytes = bytes;
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(manifest));
  return manifest;
}

export function writeBig(dir, seed = 7) {
  mkdirSync(join(dir, 'big'), { recursive: true });
  const big = makeBigFile(seed);
  const path = join(dir, 'big', 'groot.intervention.yaml');
  writeFileSync(path, big.text);
  return { path, ...big, text: undefined, bytes: Buffer.byteLength(big.text) };
}
