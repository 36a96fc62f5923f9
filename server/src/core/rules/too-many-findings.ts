import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, TOO_MANY_FINDINGS } from '../findings-cap';
import type { Rule } from './api';

/** Reported by the engine (`core/findings-cap.ts`), never by a check of its own. */
export const tooManyFindings: Rule = {
  meta: {
    id: TOO_MANY_FINDINGS,
    severity: 'warning',
    source: { en: '—', nl: '—' },
    fixable: 'none',
    docs: {
      en: {
        title: 'A file reports a bounded number of findings',
        what: `At most ${MAX_FINDINGS_PER_FILE.toLocaleString('en')} findings are listed per file and ${MAX_FINDINGS_PER_RULE} per rule; one closing finding, at the first one left out, says how many more there are and of which rules. Its severity is that of the worst finding it stands for, so the exit code and the problem count stay right; the config cannot change it.`,
        why: 'A list reused through YAML aliases can multiply one mistake into 100,000 findings. Listing them all makes every report, SARIF file and editor slow or unusable, and helps nobody: fix the first ones and check again.',
      },
      nl: {
        title: 'Een bestand meldt een begrensd aantal bevindingen',
        what: `Per bestand worden hoogstens ${MAX_FINDINGS_PER_FILE.toLocaleString('nl')} bevindingen getoond, per regel ${MAX_FINDINGS_PER_RULE}; één afsluitende bevinding, bij de eerste die wegvalt, zegt hoeveel er nog zijn en van welke regels. De ernst is die van de ernstigste bevinding waarvoor ze staat, zodat de exitcode en het aantal problemen blijven kloppen; de configuratie verandert die niet.`,
        why: 'Een lijst die via YAML-aliassen wordt hergebruikt, kan één fout vermenigvuldigen tot 100.000 bevindingen. Die allemaal tonen maakt elk rapport, elk SARIF-bestand en de editor traag of onbruikbaar, en helpt niemand: los de eerste op en controleer opnieuw.',
      },
    },
  },
};
