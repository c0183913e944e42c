import Testing

@testable import BlancoCore

@Suite("Analyzer: context, sense and stage")
struct AnalyzerTests {
    let analyzer = Analyzer()

    func categories(_ response: String, context: String = "", stage: Stage = .opening) -> [Category] {
        analyzer.analyze(response, context: context, stage: stage).categories
    }

    func kinds(_ response: String, context: String = "", stage: Stage = .opening) -> [Signal.Kind] {
        analyzer.analyze(response, context: context, stage: stage).signals.map(\.kind)
    }

    @Test("the listener's own value word is a judgment; the client's quoted word is not")
    func ownVersusQuotedValueWords() {
        #expect(categories("Dat is echt onterecht van de gemeente.") == [.judgment])
        #expect(
            categories("Je zegt dat het 'onterecht' voelt. Wat gebeurde er daarna?", context: "Het is zo onterecht.")
                .isEmpty)
        #expect(categories("U vindt het onterecht. Wat gebeurde er daarna?", context: "Ik vind het onterecht.").isEmpty)
    }

    @Test("a summary framed or closed as a check gives the client's words back; the listener's own words stay read")
    func summaryOfferedForCheckEchoesClientWords() {
        let context =
            "In maart kreeg ik een slechte beoordeling. Ik werk nu elke avond door, ik zet om zes uur de kinderen in bed en daarna ga ik weer achter de laptop. Ik vond het oneerlijk."
        // An opening frame after an interjection, and a closing check after a comma or alone.
        #expect(
            categories(
                "oké, even kijken of ik mee ben: in maart een slechte beoordeling, en nu werkt u elke avond door.",
                context: context
            ).isEmpty)
        #expect(
            categories(
                "U werkt elke avond door, zet om zes uur de kinderen in bed en gaat daarna weer achter de laptop. Heb ik dat goed?",
                context: context, stage: .late
            ).isEmpty)
        #expect(
            categories("in maart een slechte beoordeling en u vond het oneerlijk, klopt dat?", context: context).isEmpty
        )
        // The frame does not cover the listener's own verdict, nor a guess the client never made.
        #expect(
            categories("even kijken of ik het goed heb: uw baas is echt een hufter. klopt dat?", context: context)
                .contains(.judgment))
        #expect(
            categories("Dus u werkt zo hard omdat u bang bent voor uw baan. Klopt dat?", context: context)
                .contains(.interpretation))
        // Without a frame or a check, the bare client's verdict in the listener's voice is still read.
        #expect(categories("Het was oneerlijk.", context: context).contains(.judgment))
    }

    @Test("a 'dat' opening a clause the client said links the listener's frame to it: the clause is an echo")
    func clauseLinkIsNoListenerWord() {
        let context = "Het is allemaal heel zwaar, ik kan het niet meer."
        #expect(categories("ik snap dat het allemaal heel zwaar is", context: context).isEmpty)
        #expect(categories("Ik snap dat het zwaar is.", context: "Het is zwaar.").isEmpty)
        // A weight the client did not name is the listener's reading.
        #expect(categories("Ik snap dat het zwaar is.", context: "Ik kreeg een brief.") == [.interpretation])
    }

    @Test("a leading 'toch' is the listener's own, even when the client used the word too")
    func listenerParticlesAreNotEchoes() {
        let context = "Ik snap het toch ook niet, ze heeft me nooit gewaarschuwd."
        let found = Set(categories("Je vindt het toch ook oneerlijk?", context: context))
        #expect(found.contains(.leadingQuestion))
        #expect(found.contains(.prematureOpinion))
    }

    @Test("an intensifier or particle is the client's only next to the word they said it with")
    func intensifierEchoNeedsItsNeighbour() {
        // The client's "gewoon" and "echt" stand elsewhere: the listener's "lachten je gewoon
        // uit" and "is ook echt naar" are the listener's own reading.
        let scattered = "Ik heb gewoon gezwegen. Een paar collega's lachten. Ik ga nu echt ook naar huis."
        #expect(categories("Die collega's lachten je gewoon uit.", context: scattered).contains(.interpretation))
        let farAway = "Ik ga nu echt weg, ook naar huis. Dat is alles wat ik weet."
        #expect(categories("Dat is ook echt naar.", context: farAway).contains(.judgment))
        // Given back next to the same words, they stay the client's.
        #expect(
            categories("Ze lachten je gewoon uit op het werk.", context: "Ze lachten me gewoon uit op het werk.")
                .isEmpty)
        #expect(categories("Dat is ook echt naar.", context: "Het is ook echt naar, dat is alles wat ik weet.").isEmpty)
    }

    @Test("'maar ik' ends a report: the listener's own reading after it is read")
    func reportEndsAtTheListenersOwnClause() {
        let context = "Ik schaam me niet, hoor. Het is gewoon mijn werk."
        #expect(
            categories("Je zegt dat je je niet schaamt, maar ik hoor eigenlijk dat het je dwarszit.", context: context)
                .contains(.interpretation))
        #expect(categories("Je zegt dat je je niet schaamt, hoor ik dat goed?", context: context).isEmpty)
    }

    @Test("a particle the client said next to the same word, given back in a reporting clause, is the client's")
    func clientParticleInReportingClause() {
        let hedged = "Mijn buurman zei dat ik vast iets verkeerd had ingevuld."
        #expect(categories("U zegt: uw buurman zei dat u vast iets verkeerd had ingevuld.", context: hedged).isEmpty)
        #expect(categories("Uw buurman zei dat u vast iets verkeerd had ingevuld, zegt u.", context: hedged).isEmpty)
        let plain = "Mijn buurman zei dat ik iets verkeerd had ingevuld."
        #expect(
            categories("U zegt: uw buurman zei dat u vast iets verkeerd had ingevuld.", context: plain) == [
                .interpretation
            ])
    }

    @Test("'u kunt', given back after 'ik kan', is the client's word in a reporting clause")
    func irregularSecondPersonIsEchoed() {
        let context = "Ik kan met die hand geen zakken dragen en ik stuur elke maand geld naar huis."
        #expect(categories("U kunt met die hand geen zakken dragen, zegt u.", context: context).isEmpty)
    }

    @Test("an exception reads the client's echoed words: 'een vast contract, zegt u' is the adjective")
    func exceptionsReadEchoedWords() {
        let context = "Ik heb eindelijk een contract voor onbepaalde tijd, en nu word ik ontslagen."
        #expect(categories("Een vast contract, zegt u, en nu wordt u ontslagen.", context: context).isEmpty)
    }

    @Test("'als ik het goed begrijp' gives the client's words back as 'u zegt' does")
    func ownReadingCheckFramesClientWords() {
        let context = "Ik vind het zo oneerlijk, we hebben altijd op tijd betaald."
        #expect(categories("Als ik het goed begrijp is het zo oneerlijk voor jullie.", context: context).isEmpty)
        #expect(
            categories("Als ik het goed begrijp is het zo schandalig voor jullie.", context: context) == [.judgment])
    }

    @Test("'dus als ik het goed hoor' frames the client's words as the reading check without 'dus' does")
    func summaryOpenerBeforeOwnReadingCheck() {
        let context = "De keurmeester was vriendelijk, hij zei zelfs 'jammer van zo'n mooi ding'."
        #expect(
            categories("dus als ik het goed hoor zei de keurmeester jammer van zo'n mooi ding.", context: context)
                .isEmpty)
        #expect(
            categories("dus als ik het goed hoor was het schandalig van de keurmeester.", context: context) == [
                .judgment
            ])
    }

    @Test("'zei je' typed without its comma but followed by one reports the words before it as the client's")
    func reportingVerbBeforeComma() {
        let context = "Mijn vorige zaakbehandelaar, Ellen, was heel lief, maar die is in de zomer weggegaan."
        #expect(
            categories("ellen was heel lief zei je, en die is in de zomer weggegaan.", context: context).isEmpty)
        #expect(
            categories("ellen was heel onbetrouwbaar zei je, en die is in de zomer weggegaan.", context: context) == [
                .judgment
            ])
    }

    @Test(
        "a leading question that acquits or praises the client reassures; one with a verdict on the case asks to agree")
    func reassuranceIsNoOpinionQuestion() {
        #expect(Set(categories("U kon er toch niks aan doen?")) == [.judgment, .leadingQuestion])
        #expect(Set(categories("Dat is toch heel eerlijk van je?")) == [.judgment, .leadingQuestion])
        #expect(
            Set(categories("Dat is toch schandalig van de gemeente?")) == [
                .judgment, .leadingQuestion, .prematureOpinion,
            ])
    }

    @Test("vinden as 'find' is no opinion-question; vinden as 'think' is")
    func vindenSenses() {
        #expect(categories("Waar heb je die brief gevonden?").isEmpty)
        #expect(categories("Heb je al een kamer gevonden?").isEmpty)
        #expect(categories("Waar vond je de sleutel terug?").isEmpty)
        #expect(categories("Wat vind je daarvan?") == [.prematureOpinion])
        #expect(categories("vind je dat terecht") == [.prematureOpinion])
    }

    @Test("'goed begrepen', factual 'moeten', an institution's 'waarom' and questions about the time are clean")
    func cleanSenses() {
        #expect(categories("Heb ik het goed begrepen dat je zes uur hebt gewacht?").isEmpty)
        #expect(categories("Wat moest je allemaal opsturen?").isEmpty)
        #expect(categories("Heeft de school uitgelegd waarom je niet mocht blijven?").isEmpty)
        #expect(categories("Hoe voelde je je toen de deurwaarder belde?").isEmpty)
        #expect(categories("Wat ging er door je heen?").isEmpty)
        #expect(categories("Kun je de brief goed lezen?").isEmpty)
        #expect(categories("Hoe lang duurde dat?").isEmpty)
    }

    @Test("an opinion-question is flagged at the opening and becomes a signal at the late stage")
    func stage() {
        let opening = analyzer.analyze("Wat vindt u daar nu van?", stage: .opening)
        #expect(opening.categories == [.prematureOpinion])
        #expect(!opening.signals.contains { $0.kind == .opinionQuestion })
        let late = analyzer.analyze("Wat vindt u daar nu van?", stage: .late)
        #expect(late.flags.isEmpty)
        #expect(late.signals.map(\.kind) == [.opinionQuestion])
        #expect(late.signals[0].text == "Wat vindt u daar nu van?")
    }

    @Test("good moves give signals: open question, meaning check, experience question, encourager, silence, summary")
    func signals() {
        #expect(kinds("Wat gebeurde er toen?") == [.openQuestion])
        #expect(kinds("Bedoel je de brief van maart?") == [.meaningCheck])
        #expect(kinds("Hoe was dat voor jou?") == [.experienceQuestion])
        #expect(kinds("Mm. Vertel verder.") == [.encourager, .encourager])
        #expect(kinds("") == [.silence])
        #expect(kinds("…") == [.silence])
        #expect(kinds("(stilte)") == [.silence])
        let context = "Ik heb twee keer gemaild en één keer gebeld, maar niemand reageert."
        #expect(kinds("Je hebt twee keer gemaild en één keer gebeld.", context: context) == [.summary])
    }

    @Test("a sentence with a flag earns no signal")
    func flaggedSentenceEarnsNoSignal() {
        let analysis = analyzer.analyze("Waarom heb je niet eerder gebeld?")
        #expect(analysis.categories == [.whyQuestion])
        #expect(analysis.signals.isEmpty)
    }

    @Test("a leading question with a verdict also asks for agreement; without one it supplies an answer")
    func leadingQuestions() {
        #expect(
            categories("De buurman had toch meteen moeten bellen?") == [.judgment, .prematureOpinion, .leadingQuestion])
        #expect(categories("Je ouders weten toch wel waar je slaapt?") == [.interpretation, .leadingQuestion])
    }

    @Test("a negative question after a comma, opened by its verb, leads as a whole negative question does")
    func negativeQuestionAfterComma() {
        #expect(
            categories("die gsm afpakken voor een hele maand, is dat niet wat streng van uw man?")
                == [.judgment, .leadingQuestion])
        #expect(
            categories("die opmerking kwam hard binnen denk ik, voelde je je niet in de steek gelaten door haar?")
                == [.interpretation, .leadingQuestion])
        #expect(categories("ok, heeft de school je niet gebeld?").isEmpty)
    }

    @Test("a negative clause after a why-question's comma leads when it ends on a typed question mark")
    func negativeClauseAfterWhyComma() {
        let asked = "waarom heb je het geld meteen uitgegeven, had je het niet nodig voor de huur?"
        #expect(Set(categories(asked)) == [.whyQuestion, .leadingQuestion])
        let remark = "waarom heb je het geld meteen uitgegeven, had je het niet nodig voor de huur"
        #expect(Set(categories(remark)) == [.whyQuestion])
        #expect(categories("had je het niet nodig voor de huur?").isEmpty)
        // The should-have reproach is a verdict put up for agreement wherever it stands.
        let reproach = "waarom heb je het geld meteen uitgegeven, had je niet eerst iets opzij kunnen zetten?"
        #expect(Set(categories(reproach)) == [.whyQuestion, .judgment, .leadingQuestion])
    }

    @Test("a negative question of its own after a why-question leads when it names what should have been done")
    func negativeQuestionAfterWhyQuestionMark() {
        let shouldHave = "waarom heb je hem laten gaan? had je niet de politie kunnen bellen?"
        #expect(Set(categories(shouldHave)) == [.whyQuestion, .leadingQuestion])
        // With the better course's adverb it is also the should-have reproach (judgment).
        let reproach = "waarom heb je hem laten gaan? had je niet eerst de politie kunnen bellen?"
        #expect(Set(categories(reproach)) == [.whyQuestion, .judgment, .leadingQuestion])
        let reasonGuessed = "waarom belde je toen pas? had je geen bereik?"
        #expect(Set(categories(reasonGuessed)) == [.whyQuestion])
    }

    @Test("the clause after a why-question's comma shares its question mark: its 'toch' is no tag question of its own")
    func clauseAfterWhyComma() {
        let joined = "waarom bent u weggegaan zonder crème, u had toch nog een keer kunnen vragen?"
        #expect(Set(categories(joined)) == [.judgment, .whyQuestion])
        let apart = "waarom bent u weggegaan zonder crème? u had toch nog een keer kunnen vragen?"
        #expect(Set(categories(apart)) == [.judgment, .whyQuestion, .leadingQuestion])
    }

    @Test("a 'dus' summary in the client's words is clean; a 'dus' conclusion is an interpretation")
    func dusSummaryVersusConclusion() {
        let context = "Mijn ouders hebben gezegd dat ik niet meer thuis kan wonen. Ik slaap nu bij een vriendin."
        #expect(categories("Dus je slaapt nu bij een vriendin.", context: context).isEmpty)
        #expect(categories("Dus je ouders hebben je eruit gegooid.", context: context) == [.interpretation])
    }

    @Test("a long 'dus' summary may paraphrase a word or two, and a question after it adds nothing to it")
    func longDusSummary() {
        let context =
            "Mijn scooter staat al vijf weken bij de garage. De garage zegt dat de verzekering moet betalen, "
            + "de verzekering zegt dat de garage eerst een rapport moet sturen. Ik ben boos en ook bang dat ik mijn baan kwijtraak. "
            + "Er kwam een brief over mijn gsm-abonnement."
        #expect(
            categories(
                "Dus je scooter staat al vijf weken bij de garage, de garage en de verzekering wijzen naar elkaar, "
                    + "en je bent boos en bang dat je je baan kwijtraakt.",
                context: context
            ).isEmpty)
        #expect(
            categories("dus boos en bang tegelijk, wil je daar iets meer over vertellen?", context: context).isEmpty)
        #expect(categories("dus die brief over je gsm, wanneer kwam die?", context: context).isEmpty)
        #expect(categories("Dus de garage laat je gewoon stikken.", context: context).contains(.interpretation))
        #expect(
            categories("Dus de garage wil je gewoon afschepen, wil je daar iets over vertellen?", context: context) == [
                .interpretation
            ])
    }

    @Test("the head of a closed compound the client used is the client's own word, not system language")
    func compoundHeadEcho() {
        let context = "Vorige week kreeg ik een naheffingsaanslag van 1400 euro. Ik snap er niks van."
        #expect(categories("wat staat er in die aanslag precies?", context: context).isEmpty)
        #expect(categories("en die aanslagen, wanneer kwamen die binnen?", context: context).isEmpty)
        #expect(categories("wat staat er in die aanslag precies?", context: "Ik kreeg een brief.") == [.systemLanguage])
    }

    @Test("only an ending of five letters or more after three letters or more counts as a compound's head")
    func compoundHeadLength() {
        let words = ClientWords("Ik vond het oneerlijk, en mijn werkloosheidsuitkering is gestopt.")
        #expect(words.containsStem(of: "uitkering"))
        #expect(!words.containsStem(of: "eerlijk"))
        #expect(!words.containsStem(of: "heid"))
    }

    @Test("an exception is tried only in a response that holds every word set it needs")
    func exceptionAnchors() {
        var vocabulary = Vocabulary()
        vocabulary.add(["een", "vast", "contract", "baan"])
        let exception = TokenPattern([.word(["een"]), .word(["vast"]), .word(["contract", "baan"])])
        let anchors = PatternAnchors([(exception, false)], vocabulary: vocabulary)
        func viable(_ words: [String]) -> Bool {
            let ids = words.map { vocabulary.id(of: $0) }
            let flags = [PatternMatcher.TokenFlags](repeating: [.word, .matchable], count: ids.count)
            return anchors.isViable(0, present: anchors.present(ids: ids, flags: flags))
        }
        #expect(viable(["heeft", "een", "vast", "contract"]))
        #expect(viable(["baan", "vast", "een"]))
        #expect(!viable(["heeft", "een", "contract"]))
        #expect(!viable(["een", "vaste", "baan"]))
    }

    @Test("the byte checks before the client-word suffix tests answer as hasSuffix does")
    func clientWordEndings() {
        for word in ["boa's", "mail's", "boos", "declareren", "café's", "s", "", "eenzaamheid", "heid", "n"] {
            #expect(ClientWords.endsWith(word, 0x27, 0x73) || !word.hasSuffix("'s"))
            #expect(ClientWords.endsWith(word, 0x65, 0x6E) || !word.hasSuffix("eren"))
            #expect(ClientWords.endsWith(word, 0x69, 0x64) || !word.hasSuffix("heid"))
        }
        let words = ClientWords("Ik kan het niet, ik ben eenzaam en mijn boa is weg. Het is gedeclareerd.")
        #expect(words.containsStem(of: "kunt"))
        #expect(words.containsStem(of: "boa's"))
        #expect(words.containsStem(of: "eenzaamheid"))
        #expect(words.containsStem(of: "declareren"))
        #expect(!words.containsStem(of: "zult"))
    }

    @Test("a client word longer than any compound (a pasted run of letters) lends no heads")
    func compoundHeadsSkipRunsOfLetters() {
        let run = String(repeating: "abcdefghij", count: 10_000)
        #expect(CompoundHeads(of: [run]).isEmpty)
        #expect(CompoundHeads(of: ["arbeidsongeschiktheidsverzekering"]).contains("verzekering"))
    }

    @Test("a summary written as a list after 'dus:' stays a summary; an item of the listener's own reading does not")
    func listSummaryAfterColon() {
        let context =
            "Mijn energieleverancier heeft mijn voorschot verdubbeld. Vorig jaar had ik een eindafrekening van 800 euro, "
            + "die betaal ik nog af. Ik heb de klantenservice gebeld, ik hing veertig minuten in de wacht en toen werd "
            + "de verbinding verbroken. De kinderen hebben 's avonds een extra trui aan."
        #expect(
            categories(
                "dus: de afrekening van vorig jaar, nu het dubbele voorschot, veertig minuten gewacht en opgehangen, "
                    + "en de kinderen in een trui. wat vind je er nu zelf van?",
                context: context, stage: .late
            ).isEmpty)
        #expect(
            categories(
                "dus: de afrekening, het voorschot, en je bent het vertrouwen in instanties kwijt.", context: context,
                stage: .late
            ).contains(.interpretation))
    }

    @Test("a 'dus' summary offered for checking may paraphrase; a concluding word still makes it a conclusion")
    func dusSummaryOfferedForCheck() {
        let context = "Mijn ouders hebben gezegd dat ik niet meer thuis kan wonen. Ik slaap nu bij een vriendin."
        #expect(
            categories(
                "Dus als ik het goed begrijp mag je van je ouders niet meer thuis overnachten?", context: context
            ).isEmpty)
        #expect(
            categories(
                "Dus je overnacht nu bij een vriendin en je mag thuis niet meer verblijven, klopt dat?",
                context: context
            ).isEmpty)
        #expect(
            categories("Dus als ik het goed begrijp willen je ouders eigenlijk van je af?", context: context) == [
                .interpretation
            ])
    }

    @Test("flags carry offsets that slice the response to their text")
    func offsetsSliceTheResponse() {
        let response = "Één vraag: 👍 wat erg voor je."
        let analysis = analyzer.analyze(response)
        #expect(analysis.flags.count == 1)
        let flag = analysis.flags[0]
        let scalars = Array(response.unicodeScalars)[flag.span.start..<flag.span.end]
        #expect(String(String.UnicodeScalarView(scalars)) == flag.text)
        #expect(flag.text == "wat erg")
    }

    @Test("several categories in one response are all found, in guideline order")
    func severalCategories() {
        let response = "Wat een gedoe. Je voelt je vast in de steek gelaten. Ik zou meteen bezwaar maken."
        #expect(categories(response) == [.judgment, .interpretation, .advice])
    }

    @Test("a long response is analyzed whole: every sentence's flag is found")
    func longResponse() {
        let response = String(repeating: "Wat gebeurde er toen? Wat erg voor je. ", count: 5_000)
        let analysis = analyzer.analyze(response)
        #expect(analysis.flags.count == 5_000)
        #expect(analysis.signals.count == 5_000)
    }

    @Test("a response long enough to be analyzed in blocks keeps every offset exact")
    func blockOffsets() {
        // A combining mark after a space makes one character of both: cuts must not move offsets.
        let response = String(repeating: "Één cliënt 👍🏽 zei iets. \u{0301}Wat erg voor je.\n", count: 4_000)
        let analysis = analyzer.analyze(response)
        #expect(analysis.flags.count == 4_000)
        let scalars = Array(response.unicodeScalars)
        for flag in analysis.flags {
            #expect(String(String.UnicodeScalarView(scalars[flag.span.start..<flag.span.end])) == flag.text)
        }
    }

    @Test("one endless sentence without punctuation gets short spans, not endless ones")
    func endlessSentence() {
        let response = String(repeating: "waarom heb je niet gebeld en ", count: 20_000)
        let analysis = analyzer.analyze(response)
        #expect(!analysis.flags.isEmpty)
        #expect(analysis.flags.allSatisfy { $0.span.end - $0.span.start < 2_000 })
    }
}
