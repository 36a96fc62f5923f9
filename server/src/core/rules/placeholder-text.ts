import { eachString, placeholderIn } from '../placeholder';
import type { Rule } from './api';
import { code } from './helpers';

/** An untouched template must never pass: every placeholder left in a value is an error. */
export const placeholderText: Rule = {
  meta: {
    id: 'placeholder-text',
    severity: 'error',
    source: { en: '— (what `init`, snippets and quick fixes insert)', nl: '— (wat `init`, fragmenten en snelle reparaties invoegen)' },
    fixable: 'none',
    docs: {
      en: {
        title: 'No placeholder text is left',
        what: 'A value still holds template or placeholder text: `TODO`, `TBD`, `FIXME`, `vul in`, `fill in`, `[ONTBREEKT`, a value that is only `...` or `…`, or a word in angle brackets such as `<name>`. Everything that `intervention-lint init`, a snippet or a quick fix inserts for you to complete is caught by this rule.',
        why: 'A description with placeholders is not finished, whatever the other checks say. Without this rule an untouched template would pass every check and even appear to support its level. Fill in every flagged value.',
      },
      nl: {
        title: 'Er staat geen tijdelijke tekst meer in',
        what: 'Een waarde bevat nog sjabloon- of invultekst: `TODO`, `TBD`, `FIXME`, `vul in`, `fill in`, `[ONTBREEKT`, een waarde die alleen `...` of `…` is, of een woord tussen punthaken zoals `<naam>`. Alles wat `intervention-lint init`, een fragment of een snelle reparatie voor je invoegt om aan te vullen, valt onder deze regel.',
        why: 'Een beschrijving met invultekst is niet af, wat de andere controles ook zeggen. Zonder deze regel zou een onaangeroerd sjabloon door elke controle komen en zelfs het geclaimde niveau lijken te onderbouwen. Vul elke gemarkeerde waarde in.',
      },
    },
  },
  check(context) {
    eachString(context.description, (value, live) => {
      const kind = placeholderIn(value);
      if (kind === undefined) return;
      const path = [...live];
      context.report({
        path,
        message: {
          en: `Placeholder text (${code(kind)}) in \`${path.join('.')}\`: fill in this value.`,
          nl: `Invultekst (${code(kind)}) in \`${path.join('.')}\`: vul deze waarde in.`,
        },
      });
    });
  },
};
