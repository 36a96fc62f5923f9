import type { Rule } from './api';

/** Parenting support is mostly contra-indicated where maltreatment occurs. */
export const parentingSupportForMaltreatmentFamilies: Rule = {
  meta: {
    id: 'parenting-support-for-maltreatment-families',
    severity: 'warning',
    source: { en: 'GR §4.4, §6', nl: 'GR §4.4, §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Parenting support is not offered to families where maltreatment occurs',
        what: 'A `parenting-support` intervention whose `targetGroup.population` includes `maltreatment`.',
        why: 'Most interventions that prevent parenting problems are explicitly contra-indicated where there is child maltreatment, domestic violence or psychiatric problems of a parent; when the problems are complex and severe, heavier help than parenting support is needed (GR §4.4). Where maltreatment occurs, stopping it is the priority (GR §6). If the intervention is meant as part of the help for such families, say so and describe what else they receive.',
      },
      nl: {
        title: 'Opvoedondersteuning wordt niet ingezet bij gezinnen waar mishandeling plaatsvindt',
        what: 'Een interventie in de categorie `parenting-support` waarvan `targetGroup.population` `maltreatment` bevat.',
        why: 'De meeste interventies die opvoedproblemen voorkomen zijn nadrukkelijk gecontra-indiceerd bij kindermishandeling, huiselijk geweld of psychische problemen van een ouder; bij complexe en ernstige problematiek is zwaardere hulp nodig dan opvoedondersteuning (GR §4.4). Waar mishandeling plaatsvindt, is het doen ophouden ervan de prioriteit (GR §6). Is de interventie bedoeld als onderdeel van de hulp aan zulke gezinnen, zeg dat dan en beschrijf welke hulp ze daarnaast krijgen.',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (description.category !== 'parenting-support') return;
    const index = (description.targetGroup?.population ?? []).indexOf('maltreatment');
    if (index < 0) return;
    context.report({
      path: ['targetGroup', 'population', index],
      message: {
        en: 'Parenting support for families where maltreatment occurs: such interventions are mostly contra-indicated there, and severe problems need heavier help (GR §4.4, §6).',
        nl: 'Opvoedondersteuning voor gezinnen waar mishandeling plaatsvindt: zulke interventies zijn daar meestal gecontra-indiceerd, en ernstige problemen vragen zwaardere hulp (GR §4.4, §6).',
      },
    });
  },
};
