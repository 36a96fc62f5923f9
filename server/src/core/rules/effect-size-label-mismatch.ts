import { effectClass, labelFor, parseLabel } from '../evidence';
import { replaceScalar } from '../edits';
import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';
import { decimal } from './helpers';

export const effectSizeLabelMismatch: Rule = {
  meta: {
    id: 'effect-size-label-mismatch',
    severity: 'warning',
    source: { en: 'GR box "Maten voor de grootte van effecten en verbanden"', nl: 'GR kader "Maten voor de grootte van effecten en verbanden"' },
    fixable: 'safe',
    docs: {
      en: {
        title: "An effect's label matches the class of its size",
        what: "An outcome's `label` disagrees with the class of its effect size. Classes (absolute values): Cohen's d 0.00–0.19 negligible, 0.20–0.49 small, 0.50–0.79 medium, 0.80–1.19 large, ≥ 1.20 very large; r < 0.10 negligible, 0.10–0.29 small, 0.30–0.49 medium, ≥ 0.50 large. Odds ratios have no classes and are not checked. The fix sets the label to the class, in the label's own language.",
        why: 'The advice reads effect sizes with these classes; calling a small effect "large" overstates the evidence. Two readings are this tool’s inference, not the advice’s words: the advice gives 0.80–1.19 as large and "greater than 1.20" as very large, so 1.20 itself is read as very large; and it has no negligible class for r, so r below 0.10 is read as negligible. `label` is the class by these tables; when the authors of a study describe their effect otherwise (the advice itself reports a d of 0.31 that its authors call medium), write that in `authorsInterpretation`, which no rule checks.',
      },
      nl: {
        title: 'Het label van een effect past bij de klasse van de grootte',
        what: "Het `label` van een uitkomst wijkt af van de klasse van de effectgrootte. Klassen (absolute waarden): Cohen's d 0,00–0,19 verwaarloosbaar, 0,20–0,49 klein, 0,50–0,79 middelmatig, 0,80–1,19 groot, ≥ 1,20 zeer groot; r < 0,10 verwaarloosbaar, 0,10–0,29 klein, 0,30–0,49 middelmatig, ≥ 0,50 groot. Odds ratio's hebben geen klassen en worden niet gecontroleerd. De reparatie zet het label op de klasse, in de taal van het label.",
        why: 'Het advies leest effectgroottes met deze klassen; een klein effect "groot" noemen overschat het bewijs. Twee lezingen zijn een afleiding van dit hulpmiddel, niet de woorden van het advies: het advies noemt 0,80–1,19 groot en "groter dan 1,20" zeer groot, dus 1,20 zelf geldt als zeer groot; en het kent voor r geen klasse verwaarloosbaar, dus r onder 0,10 geldt als verwaarloosbaar. `label` is de klasse volgens deze tabellen; duiden de auteurs van een studie hun effect anders (het advies noemt zelf een d van 0,31 die de auteurs middelmatig noemen), schrijf dat dan in `authorsInterpretation`, dat geen regel controleert.',
      },
    },
  },
  check(context) {
    for (const placed of outcomes(context.description)) {
      const { label, effect } = placed.outcome;
      const actual = effectClass(effect);
      const stated = label === undefined ? undefined : parseLabel(label);
      if (actual === undefined || stated === undefined || stated.cls === actual) continue;
      const correct = labelFor(actual, stated.language);
      const path = outcomePath(placed, 'label');
      const value = effect?.d ?? effect?.r ?? 0;
      const size = (language: 'en' | 'nl'): string => `${effect?.d !== undefined ? 'd' : 'r'} = ${decimal(value, language)}`;
      const edit = replaceScalar(context.doc, path, correct);
      context.report({
        path,
        message: {
          en: `${size('en')} is ${labelFor(actual, 'en')}, not ${label ?? ''} (GR effect-size classes).`,
          nl: `${size('nl')} is ${labelFor(actual, 'nl')}, niet ${label ?? ''} (klassen van effectgrootte, GR).`,
        },
        fixes: edit ? [{ title: { en: `Change the label to "${correct}"`, nl: `Zet het label op "${correct}"` }, edits: [edit], safe: true }] : [],
      });
    }
  },
};
