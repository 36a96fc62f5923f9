export const HELP = `intervention-lint — checks intervention descriptions (*.intervention.yaml) against the
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
  intervention-lint samples/
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
