/// The Dutch overview `blanco --help` prints.
enum HelpText {
    static var overview: String {
        var text = """
            blanco — oefenen met blanco luisteren

            Gebruik: blanco [opties] [commando] [argumenten]

            Zonder commando start blanco een oefensessie.

            Commando's:

            """
        for command in CommandTable.commands {
            let names = ([command.name] + command.aliases).joined(separator: ", ")
            text += "  " + names.padded(to: 22) + command.summary + "\n"
        }
        text += """
              help, hulp            Uitleg bij een commando: blanco help analyze

            Opties:
              --exercises MAP       Laad ook de oefeningen uit MAP (of zet BLANCO_EXERCISES)
              --profiel NAAM        Welke regels tellen: basis, standaard (standaard) of streng,
                                    of een eigen profielbestand (NAAM.profiel.md)
              --regels MAP          Voeg je eigen regelbestanden uit MAP toe (zie Rules/README.md)
              --color WANNEER       Kleur: auto (standaard), always of never; NO_COLOR wordt gerespecteerd
              -h, --help            Deze uitleg
              -V, --version         Toon de versie

            Afsluitcodes:
              0   gelukt
              1   een andere fout (bijvoorbeeld een bestand dat niet te schrijven is)
              64  verkeerd gebruik (onbekend commando of onbekende optie)
              65  ongeldige invoer (een kapot oefenbestand, een ongeldige regel in jsonl)

            """
        return text
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (at least one space).
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(1, width - count))
    }
}
