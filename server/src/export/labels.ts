/**
 * Dutch words for the values of a description, as the databank worksheet ("werkblad beschrijving
 * interventie") would write them. Unknown values (the schema already reports them) pass through.
 */
import type { Population, SessionRange } from '../core';

export const POPULATION_NL: Readonly<Record<Population, string>> = {
  universal: 'universeel (alle gezinnen)',
  'help-request': 'gezinnen met een hulpvraag',
  'risk-families': 'gezinnen met risicofactoren',
  maltreatment: 'gezinnen waar kindermishandeling speelt',
};

export const DELIVERY_NL: Readonly<Record<string, string>> = {
  individual: 'individueel (één gezin tegelijk)',
  group: 'in groepen',
  online: 'online',
  mixed: 'gecombineerd',
};

export const SETTING_NL: Readonly<Record<string, string>> = {
  home: 'bij het gezin thuis',
  centre: 'op een locatie (consultatiebureau, centrum, praktijk)',
  school: 'op school of in de kinderopvang',
  online: 'online',
  mixed: 'op meer dan één plaats',
};

export const COMPONENT_NL: Readonly<Record<string, string>> = {
  'video-feedback': 'videofeedback',
  'home-visits': 'huisbezoeken',
  'parent-training': 'oudertraining',
  'psycho-education': 'psycho-educatie',
  'practical-support': 'praktische ondersteuning',
  'group-sessions': 'groepsbijeenkomsten',
  other: 'andere werkvorm',
};

export const QUALITY_NL: Readonly<Record<string, string>> = {
  training: 'basistraining van uitvoerders',
  intervision: 'intervisie',
  'refresher-days': 'terugkomdagen',
  supervision: 'supervisie',
  'fidelity-monitoring': 'monitoring van programmatrouw',
  other: 'andere maatregel',
};

export const MANUAL_LANGUAGE_NL: Readonly<Record<string, string>> = { nl: 'Nederlands', en: 'Engels' };

export function dutch(names: Readonly<Record<string, string>>, value: string): string {
  return names[value] ?? value;
}

/** A months count as the worksheet would say it: "6 maanden", "2 jaar", "3 maanden vóór de geboorte". */
export function months(value: number): string {
  if (value < 0) return `${-value} ${-value === 1 ? 'maand' : 'maanden'} vóór de geboorte`;
  if (value === 0) return 'de geboorte';
  if (value >= 24 && value % 12 === 0) return `${value / 12} jaar`;
  return `${value} ${value === 1 ? 'maand' : 'maanden'}`;
}

/** "6 maanden tot 4 jaar"; undefined when a bound is missing. */
export function ageRange(range: SessionRange | undefined): string | undefined {
  if (range?.min === undefined || range.max === undefined) return undefined;
  return `van ${months(range.min)} tot ${months(range.max)} (${range.min}–${range.max} maanden)`;
}

/** "7 bijeenkomsten", "10 tot 20 bijeenkomsten"; undefined when unknown. */
export function sessionCount(sessions: number | SessionRange | undefined): string | undefined {
  if (typeof sessions === 'number') return `${sessions} ${sessions === 1 ? 'bijeenkomst' : 'bijeenkomsten'}`;
  if (sessions?.min === undefined || sessions.max === undefined) return undefined;
  return sessions.min === sessions.max ? sessionCount(sessions.min) : `${sessions.min} tot ${sessions.max} bijeenkomsten`;
}
