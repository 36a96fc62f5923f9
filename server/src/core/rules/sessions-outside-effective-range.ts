import type { Rule } from './api';
import { CATEGORY_NAMES } from '../model';
import { code } from './helpers';

/** Sessions outside the range that meta-analyses found most effective for the category. */
export const sessionsOutsideEffectiveRange: Rule = {
  meta: {
    id: 'sessions-outside-effective-range',
    severity: 'warning',
    source: { en: 'GR §4.2, §4.3', nl: 'GR §4.2, §4.3' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Session count lies within the range found most effective for the category',
        what: 'The number of sessions (or either end of a `{ min, max }` range) lies outside the range found most effective for the category: 5–15 sessions for sensitivity interventions, 16–30 for the prevention of child maltreatment. Ranges can be set per category in `sessionRanges`. Outside the range an intervention can still be effective: the advice compares, it does not exclude.',
        why: 'A meta-analysis found that sensitivity and attachment interventions of five to fifteen sessions are more effective than longer or shorter ones (GR §4.2); interventions that prevent or stop maltreatment work best with sixteen to thirty sessions (GR §4.3), because stopping maltreatment needs a longer intervention than improving sensitivity alone.',
      },
      nl: {
        title: 'Het aantal sessies valt binnen het bereik dat voor de categorie het meest effectief bleek',
        what: 'Het aantal sessies (of een van beide grenzen van een bereik `{ min, max }`) valt buiten het bereik dat het meest effectief bleek voor de categorie: 5–15 sessies voor sensitiviteitsinterventies, 16–30 voor preventie van kindermishandeling. Per categorie in te stellen met `sessionRanges`. Ook daarbuiten kan een interventie effectief zijn: het advies vergelijkt, het sluit niets uit.',
        why: 'Een meta-analyse vond dat interventies voor sensitiviteit en gehechtheid met vijf tot vijftien sessies effectiever zijn dan langere of kortere (GR §4.2); interventies die mishandeling voorkomen of doen ophouden werken het best met zestien tot dertig sessies (GR §4.3), omdat dat een langere duur vraagt dan alleen het verbeteren van sensitiviteit.',
      },
    },
  },
  check(context) {
    const { description, config } = context;
    const category = description.category;
    const sessions = description.approach?.sessions;
    if (category === undefined || sessions === undefined) return;
    const bounds = config.sessionRanges[category];
    if (!bounds) return;
    const parts: [(string | number)[], number][] =
      typeof sessions === 'number'
        ? [[['approach', 'sessions'], sessions]]
        : (['min', 'max'] as const).flatMap((end) => {
            const value = sessions[end];
            return value === undefined ? [] : [[['approach', 'sessions', end], value] as [(string | number)[], number]];
          });
    for (const [path, value] of parts) {
      if (value >= bounds.min && value <= bounds.max) continue;
      context.report({
        path,
        message: {
          en: `${value} ${value === 1 ? 'session lies' : 'sessions lie'} outside the range found most effective for category ${code(category)}, ${bounds.min}–${bounds.max} (GR §4.2, §4.3).`,
          nl: `${value} ${value === 1 ? 'sessie valt' : 'sessies vallen'} buiten het bereik dat voor de categorie ${CATEGORY_NAMES[category].nl} het meest effectief bleek, ${bounds.min}–${bounds.max} (GR §4.2, §4.3).`,
        },
      });
    }
  },
};
