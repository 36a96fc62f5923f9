import type { Localized } from '../core';

/** The examples are commands: the same in both languages. */
const EXAMPLES = `  intervention-lint samples/
  intervention-lint "docs/**/*.intervention.yaml" --fail-on warning
  intervention-lint --format text --format sarif --output results.sarif
  intervention-lint --format github --format junit:results.xml --format html:report.html
  intervention-lint --language nl explain sessions-outside-effective-range
  intervention-lint --fix-dry-run samples/complete
  intervention-lint --update-baseline .intervention-lint-baseline.json && intervention-lint --baseline .intervention-lint-baseline.json
  intervention-lint report samples/complete/voorbeeld-samen-kijken.intervention.yaml --format html --output report.html
  intervention-lint export samples/databank/houvast.intervention.yaml --format docx
  intervention-lint export samples/complete/voorbeeld-samen-kijken.intervention.yaml --format html --output werkblad.html
  intervention-lint summary samples --format csv --output portfolio.csv
  intervention-lint init "Samen Sterk" --category sensitivity
`;

/**
 * The usage text in both languages. Flags, commands and examples are the same in both (a test
 * compares them), so a Dutch user can copy a line from either.
 */
export const HELP: Localized = {
  en: `intervention-lint — checks intervention descriptions (*.intervention.yaml) against the
databank criteria and the Gezondheidsraad advice "De ouder-kindrelatie en jeugdtrauma's" (2018/11).

Usage
  intervention-lint [check] [paths or globs…]   check files, folders or globs
                                                 (default: the configured files under the current folder)
  intervention-lint rules [--format text|json|md]   every rule with its default severity and source
  intervention-lint explain RULE-ID             the rule's documentation
  intervention-lint report FILE [--format md|html] [--output FILE]
                                                 evidence report: claimed vs supported level, studies, effects
  intervention-lint export FILE [--format md|html|docx] [--output PATH] [--force]
                                                 draft databank worksheet (werkblad, in Dutch) with the
                                                 missing parts marked [ONTBREEKT: …] and listed at the top;
                                                 md/html to standard output, docx to <id>-werkblad.docx;
                                                 an existing file is replaced only with --force
  intervention-lint summary [paths…] [--format text|md|csv|html] [--output FILE]
                                                 one row per description: file, id, name, category, claimed
                                                 and supported level, errors, warnings, infos; exit 0
                                                 (csv: --csv-delimiter ";" for Dutch Excel, --bom for UTF-8)
  intervention-lint init NAME [--category CATEGORY]   a new description from the template
                                                 (CATEGORY: sensitivity, maltreatment-prevention,
                                                 parenting-support, other; asked for on a terminal)
  intervention-lint server --stdio              the language server, for any LSP editor

Options for check
  -f, --format FORMAT[:FILE]   repeat for several outputs; FORMAT is one of
                                 text     for people (default)
                                 json     an array of findings
                                 sarif    SARIF 2.1.0, for code scanning
                                 junit    JUnit XML, for CI test views
                                 github   GitHub Actions annotations
                                 gitlab   GitLab Code Quality report
                                 html     a self-contained page with filters
  -o, --output FILE            write the (last) format to FILE instead of standard output
  -c, --config FILE            config file (default: .intervention-lint.yaml in the current folder)
      --fail-on LEVEL          error (default), warning or info: lowest severity that fails the run
      --max-warnings N         fail when there are more than N warnings
      --language nl|en         language of the messages (default: from the config, else en)
      --fix                    apply the safe fixes in place (comments and layout are kept)
      --fix-dry-run            print the safe fixes as a unified diff; change nothing
      --update-baseline FILE   record today's findings in FILE
      --baseline FILE          accept the findings recorded in FILE; fail only on new ones
      --cache                  skip files unchanged since the last run (.intervention-lint-cache)
      --cache-location FILE    where the cache lives
      --force                  export: replace an existing output file
      --workers N              threads that check files, this one included (default: one per core for large runs; 0 = this one only)
  -h, --help                   this help
  -v, --version                the version

Exit status
  0  no finding at or above --fail-on, and warnings within --max-warnings
  1  findings at or above --fail-on, or too many warnings
  2  usage error, unreadable file or config, or internal failure

Examples
${EXAMPLES}`,
  nl: `intervention-lint — toetst interventiebeschrijvingen (*.intervention.yaml) aan de criteria van de
databank en aan het Gezondheidsraad-advies "De ouder-kindrelatie en jeugdtrauma's" (2018/11).

Gebruik
  intervention-lint [check] [paden of globs…]   toetst bestanden, mappen of globs
                                                 (standaard: de ingestelde bestanden onder de huidige map)
  intervention-lint rules [--format text|json|md]   alle regels met hun standaardernst en bron
  intervention-lint explain REGEL-ID            de documentatie van de regel
  intervention-lint report BESTAND [--format md|html] [--output BESTAND]
                                                 bewijsrapport: geclaimd en onderbouwd niveau, studies, effecten
  intervention-lint export BESTAND [--format md|html|docx] [--output PAD] [--force]
                                                 concept-werkblad voor de databank (in het Nederlands), met
                                                 de ontbrekende delen gemarkeerd [ONTBREEKT: …] en bovenaan
                                                 opgesomd; md/html naar de standaarduitvoer, docx naar
                                                 <id>-werkblad.docx; een bestaand bestand wordt alleen met
                                                 --force vervangen
  intervention-lint summary [paden…] [--format text|md|csv|html] [--output BESTAND]
                                                 één rij per beschrijving: bestand, id, naam, categorie,
                                                 geclaimd en onderbouwd niveau, fouten, waarschuwingen,
                                                 meldingen; exitcode 0
                                                 (csv: --csv-delimiter ";" voor Nederlandse Excel, --bom voor UTF-8)
  intervention-lint init NAAM [--category CATEGORIE]   een nieuwe beschrijving uit het sjabloon
                                                 (CATEGORIE: sensitivity, maltreatment-prevention,
                                                 parenting-support, other; op een terminal gevraagd)
  intervention-lint server --stdio              de taalserver, voor elke LSP-editor

Opties voor check
  -f, --format FORMAAT[:BESTAND]   herhaal voor meer uitvoer; FORMAAT is een van
                                 text     voor mensen (standaard)
                                 json     een lijst van bevindingen
                                 sarif    SARIF 2.1.0, voor code scanning
                                 junit    JUnit XML, voor testoverzichten in CI
                                 github   annotaties voor GitHub Actions
                                 gitlab   Code Quality-rapport voor GitLab
                                 html     een losse pagina met filters
  -o, --output BESTAND         schrijf het (laatste) formaat naar BESTAND in plaats van de standaarduitvoer
  -c, --config BESTAND         configuratiebestand (standaard: .intervention-lint.yaml in de huidige map)
      --fail-on NIVEAU         error (standaard), warning of info: de laagste ernst waarbij de run faalt
      --max-warnings N         faal bij meer dan N waarschuwingen
      --language nl|en         taal van de meldingen (standaard: uit de configuratie, anders en)
      --fix                    pas de veilige correcties toe in het bestand (commentaar en opmaak blijven)
      --fix-dry-run            toon de veilige correcties als unified diff; verander niets
      --update-baseline BESTAND   leg de bevindingen van vandaag vast in BESTAND
      --baseline BESTAND       accepteer de bevindingen uit BESTAND; faal alleen op nieuwe
      --cache                  sla bestanden over die sinds de vorige run niet veranderd zijn (.intervention-lint-cache)
      --cache-location BESTAND   waar de cache staat
      --force                  export: vervang een bestaand uitvoerbestand
      --workers N              aantal worker threads (standaard: naar het aantal bestanden; 0 = geen)
  -h, --help                   deze hulp
  -v, --version                de versie

Exitcode
  0  geen bevinding op of boven --fail-on, en niet meer waarschuwingen dan --max-warnings
  1  bevindingen op of boven --fail-on, of te veel waarschuwingen
  2  gebruiksfout, onleesbaar bestand of onleesbare configuratie, of interne fout

Voorbeelden
${EXAMPLES}`,
};
