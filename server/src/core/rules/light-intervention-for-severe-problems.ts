import { sessionBounds } from '../model';
import type { Rule } from './api';
import { populations } from './helpers';

/**
 * Stopping maltreatment was most effective with 16–30 sessions. Sensitivity interventions are left
 * out on purpose: they show larger effects in maltreating families and can be part of their help
 * (GR §4.2, §6); parenting support has its own rule.
 */
export const lightInterventionForSevereProblems: Rule = {
  meta: {
    id: 'light-intervention-for-severe-problems',
    severity: 'warning',
    source: { en: 'GR §4.3, §4.4, §6', nl: 'GR §4.3, §4.4, §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'A short intervention for families where maltreatment occurs is questioned',
        what: 'Category `maltreatment-prevention` or `other`, `targetGroup.population` includes `maltreatment`, and the maximum number of sessions is below the lower bound of the most effective range for maltreatment prevention (16 by default, from `sessionRanges.maltreatment-prevention`). Not for category `sensitivity`: sensitivity interventions show larger effects in families where maltreatment occurs and can be part of their help (GR §4.2, §6). Not for `parenting-support`, which has its own rule (`parenting-support-for-maltreatment-families`).',
        why: 'Interventions that prevent or stop maltreatment were most effective with sixteen to thirty sessions: stopping maltreatment asks for a longer intervention than improving sensitivity alone (GR §4.3). When problems are complex and severe, heavier help than parenting support is needed (GR §4.4, §6). Applying the 16-session bound to category `other` is the tool’s reading: the advice states it for interventions against maltreatment.',
      },
      nl: {
        title: 'Een korte interventie voor gezinnen waar mishandeling plaatsvindt, wordt bevraagd',
        what: 'Categorie `maltreatment-prevention` of `other`, `targetGroup.population` bevat `maltreatment`, en het maximale aantal sessies ligt onder de ondergrens van het meest effectieve bereik voor preventie van mishandeling (standaard 16, uit `sessionRanges.maltreatment-prevention`). Niet voor de categorie `sensitivity`: sensitiviteitsinterventies laten in gezinnen waar mishandeling plaatsvindt juist grotere effecten zien en kunnen deel uitmaken van de hulp (GR §4.2, §6). Niet voor `parenting-support`, die een eigen regel heeft (`parenting-support-for-maltreatment-families`).',
        why: 'Interventies die mishandeling voorkomen of doen ophouden waren het meest effectief met zestien tot dertig sessies: mishandeling doen ophouden vraagt een langere interventie dan alleen sensitiviteit verbeteren (GR §4.3). Bij complexe en ernstige problemen is zwaardere hulp nodig dan opvoedondersteuning (GR §4.4, §6). Dat de grens van 16 sessies ook voor de categorie `other` geldt, is een lezing van dit hulpmiddel: het advies noemt haar voor interventies tegen mishandeling.',
      },
    },
  },
  check(context) {
    const { description, config } = context;
    if (description.category !== 'maltreatment-prevention' && description.category !== 'other') return;
    if (!populations(description).includes('maltreatment')) return;
    const sessions = description.approach?.sessions;
    const bounds = sessionBounds(sessions);
    const floor = config.sessionRanges['maltreatment-prevention']?.min ?? 16;
    if (!bounds || bounds[1] >= floor) return;
    context.report({
      path: typeof sessions === 'number' ? ['approach', 'sessions'] : ['approach', 'sessions', 'max'],
      message: {
        en: `At most ${bounds[1]} sessions for families where maltreatment occurs: interventions against maltreatment were most effective with ${floor} sessions or more, and severe problems need heavier help (GR §4.3, §4.4, §6).`,
        nl: `Hooguit ${bounds[1]} sessies voor gezinnen waar mishandeling plaatsvindt: interventies tegen mishandeling waren het meest effectief bij ${floor} sessies of meer, en ernstige problemen vragen zwaardere hulp (GR §4.3, §4.4, §6).`,
      },
    });
  },
};
