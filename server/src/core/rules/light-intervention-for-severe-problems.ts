import { sessionBounds } from '../model';
import type { Rule } from './api';
import { populations } from './helpers';

/** Families where maltreatment occurs need more than a short intervention. */
export const lightInterventionForSevereProblems: Rule = {
  meta: {
    id: 'light-intervention-for-severe-problems',
    severity: 'warning',
    source: { en: 'GR §4.4, §6', nl: 'GR §4.4, §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'No light intervention for families where maltreatment occurs',
        what: '`targetGroup.population` includes `maltreatment`, but the maximum number of sessions is below the lower bound of the effective range for maltreatment prevention (16 by default).',
        why: 'Stopping maltreatment needs a longer intervention than improving sensitivity: sixteen to thirty sessions work best (GR §4.3). When the problems in a family are complex and severe, heavier forms of help are needed than parenting support alone (GR §4.4); the advice warns against light help for heavy problems (GR §6).',
      },
      nl: {
        title: 'Geen lichte interventie voor gezinnen waar mishandeling plaatsvindt',
        what: '`targetGroup.population` bevat `maltreatment`, maar het maximale aantal sessies ligt onder de ondergrens van het effectieve bereik voor preventie van mishandeling (standaard 16).',
        why: 'Mishandeling doen ophouden vraagt een langere interventie dan sensitiviteit verbeteren: zestien tot dertig sessies werken het best (GR §4.3). Bij complexe en ernstige problematiek is zwaardere hulp nodig dan alleen opvoedondersteuning (GR §4.4); het advies waarschuwt tegen lichte hulp bij zware problemen (GR §6).',
      },
    },
  },
  check(context) {
    const { description, config } = context;
    if (!populations(description).includes('maltreatment')) return;
    const sessions = description.approach?.sessions;
    const bounds = sessionBounds(sessions);
    const floor = config.sessionRanges['maltreatment-prevention']?.min ?? 16;
    if (!bounds || bounds[1] >= floor) return;
    context.report({
      path: typeof sessions === 'number' ? ['approach', 'sessions'] : ['approach', 'sessions', 'max'],
      message: {
        en: `At most ${bounds[1]} sessions for families where maltreatment occurs: stopping maltreatment needs ${floor} sessions or more, and severe problems need heavier help (GR §4.4, §6).`,
        nl: `Hoogstens ${bounds[1]} sessies voor gezinnen waar mishandeling plaatsvindt: mishandeling doen ophouden vraagt ${floor} sessies of meer, en ernstige problemen vragen zwaardere hulp (GR §4.4, §6).`,
      },
    });
  },
};
