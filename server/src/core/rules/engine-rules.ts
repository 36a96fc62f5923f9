/**
 * Rules the engine reports itself, before or around the domain rules. They live here with their
 * documentation so that every rule id has one place that explains it.
 */
import type { Rule } from './api';

const NONE = { en: '—', nl: '—' };

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    source: NONE,
    fixable: 'none',
    docs: {
      en: {
        title: 'The file is valid YAML',
        what: 'The file could not be read as one YAML 1.2 document: a syntax error, a duplicate key, tabs used for indentation, bad indentation, an alias bomb, nesting that is too deep, or binary or non-UTF-8 content. Valid YAML that only draws a parser warning (a custom tag, an unknown directive) is `yaml-warning` instead.',
        why: 'Nothing else can be checked reliably until the file is valid YAML. Other files are still checked.',
      },
      nl: {
        title: 'Het bestand is geldige YAML',
        what: 'Het bestand kon niet worden gelezen als één YAML 1.2-document: een syntaxfout, een dubbele sleutel, tabs als inspringing, onjuiste inspringing, een aliasbom, te diepe nesting, of binaire of niet-UTF-8-inhoud. Geldige YAML waarbij de parser alleen waarschuwt (een eigen tag, een onbekende directive) valt onder `yaml-warning`.',
        why: 'Niets anders kan betrouwbaar worden gecontroleerd zolang het bestand geen geldige YAML is. Andere bestanden worden wel gecontroleerd.',
      },
    },
  },
};

export const yamlWarning: Rule = {
  meta: {
    id: 'yaml-warning',
    severity: 'warning',
    source: NONE,
    fixable: 'none',
    docs: {
      en: {
        title: 'The YAML uses no features a description has no use for',
        what: 'The file is valid YAML but uses a custom tag (`!something`), a `%` directive other than `%YAML 1.2`, or an anchor ending in `:`. Tags are never executed: a tagged value is read as plain text. The rest of the file is checked as usual.',
        why: 'A description is plain data. A tag or directive is most often left over from another tool, and an anchor ending in `:` was probably meant as a key; both can change how the text is read without the author noticing.',
      },
      nl: {
        title: 'De YAML gebruikt geen onderdelen die een beschrijving niet nodig heeft',
        what: 'Het bestand is geldige YAML, maar gebruikt een eigen tag (`!iets`), een `%`-directive anders dan `%YAML 1.2`, of een anker dat op `:` eindigt. Tags worden nooit uitgevoerd: een waarde met een tag wordt als gewone tekst gelezen. De rest van het bestand wordt gewoon gecontroleerd.',
        why: 'Een beschrijving bestaat uit gewone gegevens. Een tag of directive is meestal overgebleven uit een ander programma, en een anker dat op `:` eindigt was waarschijnlijk als sleutel bedoeld; beide kunnen veranderen hoe de tekst wordt gelezen zonder dat je het merkt.',
      },
    },
  },
};

export const formatVersion: Rule = {
  meta: {
    id: 'format-version',
    severity: 'error',
    source: NONE,
    fixable: 'safe',
    docs: {
      en: {
        title: 'The file declares `format: intervention/v1`',
        what: 'The `format` key is missing or is not `intervention/v1`. The file is then not checked further, so that one missing line does not cause a cascade of schema errors.',
        why: 'The format version tells tools and reviewers which contract the description follows. The fix sets `format: intervention/v1`.',
      },
      nl: {
        title: 'Het bestand vermeldt `format: intervention/v1`',
        what: 'De sleutel `format` ontbreekt of is niet `intervention/v1`. Het bestand wordt dan niet verder gecontroleerd, zodat één ontbrekende regel geen waterval van schemafouten geeft.',
        why: 'De formaatversie vertelt hulpmiddelen en beoordelaars welk contract de beschrijving volgt. De reparatie zet `format: intervention/v1`.',
      },
    },
  },
};

export const schema: Rule = {
  meta: {
    id: 'schema',
    severity: 'error',
    source: { en: 'databank worksheet (werkblad beschrijving interventie)', nl: 'databank-werkblad (werkblad beschrijving interventie)' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: 'The description follows the schema',
        what: 'A JSON Schema violation: a required key is missing, a value has the wrong type, a key is unknown, or a value is not one of the allowed values. Unknown keys and misspelled values get a "did you mean" suggestion. Keys starting with `x-` are free for your own material.',
        why: 'The schema models the parts of the databank worksheet that the recognition committee reads; a description that misses them cannot be assessed.',
      },
      nl: {
        title: 'De beschrijving volgt het schema',
        what: 'Een schending van het JSON-schema: een verplichte sleutel ontbreekt, een waarde heeft het verkeerde type, een sleutel is onbekend, of een waarde is niet toegestaan. Onbekende sleutels en verkeerd gespelde waarden krijgen een suggestie. Sleutels die met `x-` beginnen zijn vrij voor eigen materiaal.',
        why: 'Het schema volgt de onderdelen van het databank-werkblad die de erkenningscommissie leest; een beschrijving zonder die onderdelen kan niet worden beoordeeld.',
      },
    },
  },
};

export const unusedDisable: Rule = {
  meta: {
    id: 'unused-disable',
    severity: 'warning',
    source: NONE,
    fixable: 'suggestion',
    docs: {
      en: {
        title: 'Every disable comment silences something',
        what: 'A `# intervention-lint-disable…` comment names a rule that reports nothing where the comment applies.',
        why: 'Stale disable comments hide future findings and mislead reviewers about what was accepted and why.',
      },
      nl: {
        title: 'Een disable-commentaar heeft iets uit te zetten',
        what: 'Een commentaar `# intervention-lint-disable…` noemt een regel die op die plek niets meldt.',
        why: 'Verouderde disable-commentaren verbergen toekomstige bevindingen en misleiden beoordelaars over wat is geaccepteerd en waarom.',
      },
    },
  },
};

export const invalidDisable: Rule = {
  meta: {
    id: 'invalid-disable',
    severity: 'error',
    source: NONE,
    fixable: 'none',
    docs: {
      en: {
        title: 'Disable comments name a known rule and give a reason',
        what: 'A disable comment names no rule, an unknown rule, or gives no real reason after ` -- `: none at all, or a placeholder such as `TODO`, `TODO: reason`, `reason` or `-` (which the editor’s disable action inserts for you to replace). Such a comment silences nothing, and it is reported once, here, not also as `unused-disable`.',
        why: 'A reviewer must be able to see which finding was accepted and why; the reason is required by the format (spec §6).',
      },
      nl: {
        title: 'Disable-commentaren noemen een bekende regel en een reden',
        what: 'Een disable-commentaar noemt geen regel, een onbekende regel, of geeft geen echte reden na ` -- `: helemaal geen, of invultekst zoals `TODO`, `TODO: reden`, `reden` of `-` (wat de uitzetactie van de editor voor je invoegt om te vervangen). Zo’n commentaar zet niets uit en wordt één keer gemeld, hier, niet ook als `unused-disable`.',
        why: 'Een beoordelaar moet kunnen zien welke bevinding is geaccepteerd en waarom; de reden is verplicht (spec §6).',
      },
    },
  },
};

export const documentTooLarge: Rule = {
  meta: {
    id: 'document-too-large',
    severity: 'error',
    source: NONE,
    fixable: 'none',
    docs: {
      en: {
        title: 'The file is within the size limit',
        what: 'The file is larger than `limits.maxFileBytes` (default 2 MiB) and is not checked.',
        why: 'A description is a few pages; a file this large is almost certainly not one, and checking it would stall the editor or CI.',
      },
      nl: {
        title: 'Het bestand blijft binnen de maximale grootte',
        what: 'Het bestand is groter dan `limits.maxFileBytes` (standaard 2 MiB) en wordt niet gecontroleerd.',
        why: 'Een beschrijving is een paar pagina’s; een bestand van deze omvang is vrijwel zeker geen beschrijving, en controle ervan zou de editor of CI ophouden.',
      },
    },
  },
};

export const checkTimeExceeded: Rule = {
  meta: {
    id: 'check-time-exceeded',
    severity: 'warning',
    source: NONE,
    fixable: 'none',
    docs: {
      en: {
        title: 'The file is checked within the time budget',
        what: 'Checking this file took longer than `limits.timeBudgetMs` (default 2,000 ms). Its findings are still reported.',
        why: 'A description should check in milliseconds; a slow one is usually huge or machine-made, and slows down the editor for everyone. Split it, or raise the budget in the config.',
      },
      nl: {
        title: 'Het bestand wordt binnen het tijdsbudget gecontroleerd',
        what: 'De controle van dit bestand duurde langer dan `limits.timeBudgetMs` (standaard 2.000 ms). De bevindingen worden wel gemeld.',
        why: 'Een beschrijving hoort in milliseconden gecontroleerd te zijn; een trage is meestal enorm of machinaal gemaakt en vertraagt de editor. Splits het bestand, of verhoog het budget in de configuratie.',
      },
    },
  },
};

export const internalError: Rule = {
  meta: {
    id: 'internal-error',
    severity: 'error',
    source: NONE,
    fixable: 'none',
    docs: {
      en: {
        title: 'A rule failed',
        what: 'A rule threw an error on this file. The other rules still report; please file an issue with the file attached.',
        why: 'A failing rule must never hide the findings of the others, nor pass silently.',
      },
      nl: {
        title: 'Een regel faalde',
        what: 'Een regel gaf een fout op dit bestand. De andere regels melden gewoon; meld dit als issue met het bestand erbij.',
        why: 'Een falende regel mag nooit de bevindingen van andere verbergen, en ook niet stil slagen.',
      },
    },
  },
};

export const ENGINE_RULES: readonly Rule[] = [
  yamlSyntax,
  yamlWarning,
  formatVersion,
  schema,
  unusedDisable,
  invalidDisable,
  documentTooLarge,
  checkTimeExceeded,
  internalError,
];
