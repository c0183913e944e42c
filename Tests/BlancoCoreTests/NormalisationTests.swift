import Testing

@testable import BlancoCore

/// How students really type: chat, spoken and Flemish forms, slips in long words and
/// clauses without punctuation are read as the standard words, while a flag still points
/// at what the trainee typed.
@Suite("Spoken, chat and Flemish forms")
struct NormalisationTests {
    func categories(_ response: String, context: String = "") -> Set<Category> {
        Set(Analyzer().analyze(response, context: context).flags.map(\.category))
    }

    @Test("chat forms are read as their standard words and keep their place in the text")
    func chatFormsKeepSpans() {
        let text = ResponseText("k snap da je t wss lastig vindt")
        #expect(text.tokens.map(\.folded) == ["ik", "snap", "dat", "je", "het", "waarschijnlijk", "lastig", "vindt"])
        #expect(text.slice(text.tokens[5].span) == "wss")
        #expect(ResponseText("da's erg").tokens.map(\.folded) == ["dat", "is", "erg"])
    }

    @Test("an abbreviation with full stops is not read as a chat form")
    func abbreviationsStay() {
        #expect(ResponseText("t.a.v. de gemeente").tokens.first?.folded == "t")
    }

    @Test("a flag on chat forms points at the words as typed")
    func flagSpanOnOriginal() throws {
        let response = "Mss moet je de wifi gwn om 11 uur uitzetten"
        let analysis = Analyzer().analyze(response)
        let flag = try #require(analysis.flags.first { $0.category == .advice })
        #expect(flag.text.hasPrefix("Mss moet je"))
        #expect(ResponseText(response).slice(flag.span) == flag.text)
    }

    @Test("Flemish ge and gij with their verb forms are read as je and jij")
    func flemishForms() {
        #expect(categories("Vindt gij dat het OCMW zijn werk goed doet?") == [.prematureOpinion])
        #expect(categories("Ge moet gewoon een klacht indienen.") == [.advice])
        #expect(categories("Amai, da's echt ne schande.") == [.judgment])
    }

    @Test("Flemish verbs with the pronoun fused on ('vinde', 'zijde', 'kunde') are read as verb and je")
    func flemishFusedPronoun() {
        #expect(categories("vinde gij da eerlijk?") == [.prematureOpinion])
        #expect(categories("zijde gij tevreden over de hulp?") == [.prematureOpinion])
        #expect(categories("kunde gij u daarin vinden") == [.prematureOpinion])
        #expect(categories("hoe kijkte daar zelf tegenaan") == [.prematureOpinion])
        #expect(categories("ze nemen je niet serieus, vinde gij ook niet").contains(.leadingQuestion))
        #expect(categories("hebde de brief nog?").isEmpty)
    }

    @Test("a dropped letter or a d/t slip in a long word is tolerated, never in a short one")
    func slipsInLongWords() {
        #expect(categories("Dan moet ik eerst uw beschiking zien.") == [.systemLanguage])
        #expect(SpellingVariants.of("beschikking").contains("beschiking"))
        #expect(SpellingVariants.of("verwijtbaar").contains("verwijtbar"))
        #expect(SpellingVariants.of("dat").isEmpty)
        #expect(SpellingVariants.of("niet").isEmpty)
        #expect(!SpellingVariants.of("verkeerd").contains("verkeer"))
    }

    @Test("a statement that opens with 'dat je' and lacks its full stop is not read as a question")
    func statementWithoutFullStop() {
        #expect(ResponseText("Dat je hier zit is al een goeie stap hoor").sentences.first?.form == .statement)
        #expect(categories("Dat je hier zit is al een goeie stap hoor") == [.judgment])
        #expect(ResponseText("Weet je nog wanneer dat was").sentences.first?.form == .yesNoQuestion)
    }

    @Test("a question does not hide a flag in a clause typed after it without punctuation")
    func clauseWithoutPunctuation() {
        let text = ResponseText("en hoe voel je je daar nu bij je bent vast boos")
        #expect(text.sentences.count == 2)
        #expect(categories("en hoe voel je je daar nu bij je bent vast boos").contains(.interpretation))
        #expect(ResponseText("Wat denkt u is de reden?").sentences.count == 1)
        #expect(ResponseText("Weet je of dat is gelukt?").sentences.count == 1)
    }

    @Test("a word in -de or -te after an article is no verb that makes the clause after it a sentence of its own")
    func adjectiveAsNounBeforeClause() {
        let question = "wat vindt u zelf het belangrijkste dat de ind van u moet horen volgende week?"
        #expect(ResponseText(question).sentences.count == 1)
        #expect(!categories(question).contains(.advice))
        #expect(ResponseText("wat is het laatste dat de school van je wilde weten?").sentences.count == 1)
    }

    @Test("a 'dat' after a verb that closes a subordinate clause opens the next one, so its subject is no new sentence")
    func conjunctionAfterClosingVerb() {
        let question = "heb ik het goed dat u bang was dat de tolk u zou verraden aan mensen van het regime?"
        #expect(ResponseText(question).sentences.count == 1)
        #expect(!categories(question).contains(.advice))
        #expect(ResponseText("hoe is dat nu voor je je bent vast bang").sentences.count == 2)
        #expect(ResponseText("Ik snap dat u het wilt opgeven.").sentences.count == 1)
        #expect(ResponseText("ik denk dat hij dat zegt om je bang te maken").sentences.count == 1)
        #expect(ResponseText("wat was er gebeurd voor ze dat zei?").sentences.count == 1)
    }

    @Test("a 'dat' after a reporting verb opens the reported clause, whose subject is no new sentence")
    func conjunctionAfterReportingVerb() {
        #expect(ResponseText("je moeder zegt dat je je moet schamen.").sentences.count == 1)
        #expect(ResponseText("Uw dochter zei dat u het moest melden.").sentences.count == 1)
        #expect(ResponseText("ge zegt da ge u schaamt om zonder kaart naar de dokter te gaan.").sentences.count == 1)
    }

    @Test("a pronoun right after a preposition is its object, not the subject of a new sentence")
    func pronounAfterPreposition() {
        let question = "Hoe beoordeelt u zelf de manier waarop de gemeente met u heeft gecommuniceerd?"
        #expect(ResponseText(question).sentences.count == 1)
        #expect(ResponseText("Iedereen zegt 'zinloos', maar voor u is het niet zinloos.").sentences.count == 1)
        #expect(ResponseText("wie waren er op de afdeling, en met wie heeft u toen gepraat?").sentences.count == 1)
        #expect(ResponseText("hoe laat zijn ze er meestal en met hoeveel zijn ze").sentences.count == 1)
    }

    @Test("a preposition left at the end of its clause by 'daar' or 'er' lets a new sentence start after it")
    func strandedPrepositionEndsClause() {
        #expect(ResponseText("En hoe voelt u zich daar nu bij u bent vast woedend").sentences.count == 2)
        #expect(ResponseText("wat vind jij er zelf nu van en wat zou je willen?").sentences.count == 2)
    }

    @Test("an indirect question after a comma, its subject before the verb, belongs to the question before it")
    func indirectQuestionAfterComma() {
        let question = "wat vindt u er zelf van, hoe het bedrijf met u is omgegaan?"
        #expect(ResponseText(question).sentences.count == 1)
        #expect(ResponseText("Hoe sta jij daar zelf tegenover, wat er vrijdag gebeurde?").sentences.count == 1)
        #expect(ResponseText("hoe is da gegaan, wat zei veerle juist tegen u?").sentences.count == 2)
    }

    @Test("a common noun in -te such as 'gemeente' is no past tense that closes the clause before its verb")
    func nounInTeKeepsClauseOpen() {
        #expect(ResponseText("wat vind je zelf van hoe de gemeente dit heeft aangepakt?").sentences.count == 1)
        #expect(ResponseText("kun je vertellen wat er gebeurde je bent vast boos").sentences.count == 2)
    }

    @Test("a question does not hide a flag in a clause typed after it behind a comma")
    func clauseAfterComma() {
        #expect(ResponseText("hoe lang speelt dit al, je bent vast doodmoe").sentences.count == 2)
        #expect(categories("wanneer begon dat, je voelt je vast alleen") == [.interpretation])
        #expect(categories("wie weet er van je schulden, ge schaamt u er wss een beetje voor") == [.interpretation])
        #expect(categories("wanneer was dat, je moet sws meteen aangifte doen") == [.advice])
        #expect(ResponseText("Wie was erbij, jij of je moeder?").sentences.count == 1)
        #expect(categories("wat zei hij precies, je zei net dat hij boos werd").isEmpty)
    }

    @Test("a question typed after a clause without punctuation starts a sentence of its own")
    func questionAfterClauseWithoutPunctuation() {
        // A question word with its verb and then its subject opens a new question.
        #expect(ResponseText("ze noemde het een rommeltje wat bedoelt ze daar precies mee").sentences.count == 2)
        #expect(ResponseText("al twee jaar hoe vaak gaat u er nu nog heen").sentences.count == 2)
        #expect(categories("ze noemde het een rommeltje wat bedoelt ze daar precies mee").isEmpty)
        // "en" before the question word goes with the question.
        let text = ResponseText("wat deed je daarna en waarom heb je niet eerst je moeder gebeld")
        #expect(text.sentences.count == 2)
        #expect(categories("wat deed je daarna en waarom heb je niet eerst je moeder gebeld") == [.whyQuestion])
        // With its subject before the verb, or after a conjunction, it opens a subordinate
        // clause: one sentence.
        #expect(ResponseText("ik snap niet goed wat je daarmee bedoelt").sentences.count == 1)
        #expect(ResponseText("vertel eens alles wat er toen gebeurde").sentences.count == 1)
        #expect(ResponseText("Wat denkt u is de reden?").sentences.count == 1)
        #expect(ResponseText("als je wilt kun je vertellen hoe dat ging").sentences.count == 1)
    }

    @Test(
        "after a question, 'dan' or 'anders' with a verb, sentence adverbs with a verb, or a yes/no question start a sentence"
    )
    func clauseAfterQuestionWithoutPunctuation() {
        #expect(
            ResponseText("heeft u al een indicatie dan kunt u bij het wijkteam een aanvraag doen").sentences.count == 2)
        #expect(categories("heeft u al bezwaar gemaakt anders zou ik dat deze week nog doen") == [.advice])
        #expect(
            ResponseText("wanneer kreeg u de brief waarschijnlijk bent u er erg van geschrokken").sentences.count == 2)
        #expect(ResponseText("wanneer zou je moeder komen ben je bang dat het je te veel wordt").sentences.count == 2)
        // "dat"/"die" after a preposition or before a content word is a demonstrative and
        // leaves no clause open; before a pronoun or "niemand" it opens a subordinate clause.
        #expect(ResponseText("hoe zagen die sloten eruit ik zou er een extra slot op zetten").sentences.count == 2)
        #expect(ResponseText("vind je het erg dat niemand het snapt").sentences.count == 1)
        #expect(ResponseText("is dat de brief die je zus gisteren kreeg").sentences.count == 1)
        #expect(
            categories("wanneer gaat hij naar dat internaat je bent vast bang dat je hem gaat missen") == [
                .interpretation
            ])
        // Inside the question "dan" and "anders" stand before something else than a verb.
        #expect(ResponseText("wat ga je dan doen als hij weer belt").sentences.count == 1)
        #expect(ResponseText("hoe had het anders gemoeten volgens jou").sentences.count == 1)
        // A fronted clause or a hesitation keeps what follows in the sentence.
        #expect(ResponseText("stel dat jij de baas was wat zou je dan veranderen").sentences.count == 1)
        #expect(ResponseText("als je wilt kun je me er meer over vertellen").sentences.count == 1)
        #expect(ResponseText("en toen belde je haar eh wat zei ze").sentences.count == 1)
    }

    @Test(
        "a subject and its verb, or a yes/no question, run on after a complete statement start a sentence; an opinion tag does not"
    )
    func clauseAfterStatementWithoutPunctuation() {
        #expect(ResponseText("het is echt slordig van ze je moet gewoon een klacht indienen").sentences.count == 2)
        #expect(categories("het is echt slordig van ze je moet gewoon een klacht indienen") == [.judgment, .advice])
        // Subordinate and relative clauses stay one sentence.
        #expect(ResponseText("ik snap dat je het moeilijk vindt").sentences.count == 1)
        #expect(ResponseText("de buurman die je hielp was er ook bij").sentences.count == 1)
        // The listener announcing a step of their own ("ik ga", "k bel") starts one too.
        #expect(
            ResponseText("die medewerker had beter moeten luisteren k bel morgen zelf naar dat kantoor").sentences.count
                == 2)
        // So does a yes/no question with its verb first, also after a quote.
        #expect(ResponseText("ik vind het zelf een rare regel vindt u dat ook").sentences.count == 2)
        #expect(ResponseText("u zegt 'veel te laat' vond u dat zelf ook").sentences.count == 2)
        // A verb after a fronted phrase is the verb of the same clause.
        #expect(ResponseText("je zegt in deze stad vind je nergens een kamer").sentences.count == 1)
        #expect(ResponseText("volgens mij heb je er flink van wakker gelegen").sentences.count == 1)
        // An opinion tag stays with the statement it closes.
        #expect(ResponseText("die afspraak is echt te laat ingepland vind je ook niet he").sentences.count == 1)
    }

    @Test("a step run on after a question or a comment with 'want' or 'maar' is still advice")
    func stepAfterWantOrMaar() {
        #expect(ResponseText("wanneer was dat want ik zou gewoon de politie bellen").sentences.count == 2)
        #expect(categories("hoe lang speelt dit al want je moet echt naar de huisarts") == [.advice])
        #expect(categories("hoe laat was dat want bel gewoon 112 de volgende keer") == [.advice])
        #expect(categories("wat rot zeg maar je moet wel aangifte doen") == [.judgment, .advice])
        #expect(categories("wat zei hij toen, want je vertelde net dat hij boos werd").isEmpty)
        #expect(categories("hoe ging het verder maar je hoeft niet alles te vertellen hoor").isEmpty)
    }

    @Test("a verdict run on after a question with 'want eerlijk gezegd' is still a verdict")
    func verdictAfterWantWithSentenceAdverb() {
        #expect(ResponseText("wat zei hij toen want eerlijk gezegd vind ik dat schandalig").sentences.count == 2)
        #expect(categories("wie belde er eerst maar eigenlijk is dat gewoon onbeschoft").contains(.judgment))
        #expect(categories("hoe ging dat verder want eerlijk gezegd snap ik het niet helemaal").isEmpty)
        #expect(ResponseText("wanneer was dat want eerlijk gezegd weet ik het niet meer").sentences.count == 2)
        #expect(ResponseText("wat zei hij toen want echt belangrijk vond hij het niet").sentences.count == 1)
    }

    @Test("a chat statement that drops its subject and ends in 'hoor' is no yes/no question")
    func subjectlessStatementWithTag() {
        #expect(categories("is helemaal niet erg hoor") == [.judgment])
        #expect(categories("valt echt wel mee hoor") == [.judgment])
        #expect(ResponseText("is het erg hoor?").sentences.first?.form == .yesNoQuestion)
        #expect(ResponseText("heb je de brief nog").sentences.first?.form == .yesNoQuestion)
    }
}

/// Words that look like a verdict but are the listener's hearing, a third party's words or
/// the client's own question.
@Suite("Not the listener's verdict")
struct ListenerAsideTests {
    func categories(_ response: String, context: String = "") -> Set<Category> {
        Set(Analyzer().analyze(response, context: context).flags.map(\.category))
    }

    @Test("the listener's own hearing or line is no verdict")
    func hearingAndLine() {
        #expect(categories("Sorry, ik hoorde u slecht. Zei u dinsdag?").isEmpty)
        #expect(categories("Mijn lijn kraakt nogal, de verbinding is slecht. Wanneer was dat?").isEmpty)
        #expect(categories("Ik hoorde u slecht, maar dat is echt schandalig van ze.") == [.judgment])
    }

    @Test("a third party's reported words are theirs, not the listener's")
    func reportedThirdParty() {
        #expect(categories("Uw vrouw zegt dat jullie het hadden moeten weten. Wat bedoelt ze daarmee?").isEmpty)
        #expect(categories("Iedereen zegt dat het schandalig is.").contains(.judgment))
        #expect(categories("Ik vind dat de school het had moeten weten.").contains(.judgment))
    }

    @Test("a third party's words reported after a comma, in a summary of the film, are theirs")
    func reportedThirdPartyAfterComma() {
        let context =
            "Mijn rugzak werd gestolen onder de douche. De begeleider zei dat ik hem in de locker had moeten steken."
        #expect(
            categories(
                "Rugzak weg, de begeleider zei dat je hem in de locker had moeten steken, maar die kost twee euro. Klopt dat?",
                context: context
            ).isEmpty)
        #expect(categories("Ok, de buurman zegt dat u overdreven reageert. Wat bedoelt hij daarmee?").isEmpty)
        #expect(categories("Ok, ik vind dat u overdreven reageert.").contains(.judgment))
        #expect(categories("Ok, iedereen zegt dat het schandalig is.").contains(.judgment))
    }

    @Test("a report with the verb before its pronoun ('s avonds zegt hij dat ...) is the third party's")
    func invertedReport() {
        #expect(categories("En 's avonds zegt hij dat hij dom is. Heb ik dat zo goed?").isEmpty)
        #expect(categories("Toen zei ze dat u overdreven reageerde. Wat deed u toen?").isEmpty)
        #expect(categories("'s Avonds zeg ik dat het dom is.").contains(.judgment))
        #expect(
            categories("Welke opleiding zeiden ze dat u moest doen, want misschien kunt u beginnen als assistent")
                .contains(.advice))
    }

    @Test("a report closing the sentence (', zei de rechter') gives the clause before it to the one who said it")
    func reportClosingTheSentence() {
        #expect(categories("Dat komt vaker bij Down, zei hij. Wat zei hij nog meer?").isEmpty)
        #expect(categories("U heeft een advocaat nodig, zei de rechter?").isEmpty)
        #expect(categories("ge hebt een advocaat nodig zei de rechter").isEmpty)
        #expect(categories("Dan kunnen we iemand laten komen, zei je?").isEmpty)
        // The listener's own, common sense, and the opinion tag stay the listener's.
        #expect(categories("Dat is echt schandalig, zeg ik.").contains(.judgment))
        #expect(categories("Dat is echt schandalig, zegt iedereen.").contains(.judgment))
        #expect(categories("Dat is toch schandalig, vindt u niet?").contains(.judgment))
        #expect(categories("Vindt u het terecht wat de huisarts zegt over die dagbesteding?") == [.prematureOpinion])
    }

    @Test("a report with a colon, a name between commas, or 'je' before a person is the third party's")
    func reportShapes() {
        #expect(categories("maandag de chef zegt: het stopt, jij bent niet flexibel?").isEmpty)
        #expect(categories("zei hij: maak je niet druk. Wat dacht u toen?").isEmpty)
        #expect(categories("oké, je vrouw zei meteen: niet tekenen").isEmpty)
        #expect(
            categories("oké, jullie huisarts, dokter Verbeek, zegt dat het nu om weken gaat, misschien dagen").isEmpty)
        #expect(categories("je baas zegt dat je niet mag klagen. Wat zei hij precies?").isEmpty)
        // "dat" with its verb after "maar" is the listener speaking again.
        #expect(categories("je baas zegt dat je niet mag klagen, maar dat klopt echt niet hoor").contains(.judgment))
        // The verb closing a subordinate clause before the comma reports nothing after it.
        #expect(categories("toen je moeder dat zei, voelde je je zeker aangevallen?").contains(.leadingQuestion))
        #expect(categories("ik zeg: je moet gewoon bezwaar maken").contains(.advice))
    }

    @Test("'volgens' a person opens that person's view; 'volgens mij' and 'volgens de regels' do not")
    func reportedView() {
        #expect(categories("Volgens de school was het zijn eigen schuld. Wat zei de school nog meer?").isEmpty)
        #expect(categories("dus volgens uw leidinggevende moet u blij zijn dat u nog een baan heeft?").isEmpty)
        #expect(categories("volgens hem had je moeten bellen").isEmpty)
        #expect(categories("volgens mij is dat echt oneerlijk").contains(.judgment))
        #expect(categories("volgens de regels moet u eerst het formulier invullen").contains(.advice))
    }

    @Test("a report ends at the comma of its subordinate clause, or where 'dat is' comments on it")
    func whereAReportEnds() {
        #expect(
            categories("toen zijn moeder zei dat hij moest stoppen, voelde je je zeker ook aangevallen?").contains(
                .leadingQuestion))
        #expect(categories("als je baas zegt dat je lui bent, dan is dat echt onterecht").contains(.judgment))
        #expect(categories("uw vrouw zegt dat jullie het hadden moeten weten, dat is echt onterecht") == [.judgment])
        #expect(categories("de begeleider zegt dat het goed gaat, die heeft echt zitten slapen") == [.judgment])
        // A second "dat" goes on reporting, after a subordinate clause too.
        #expect(categories("toen de juf zei dat hij de klas stoort, dat hij lastig is, wat deed je toen?").isEmpty)
        #expect(categories("uw vrouw zegt dat jullie het hadden moeten weten, dat vindt ze belangrijk").isEmpty)
    }

    @Test("the client's words reported after 'je zegt:' go on past a semicolon, up to a question")
    func reportPastASemicolon() {
        let context = "Ik wacht al een jaar op mijn beoordeling. De vorige begeleider, Ellen, was heel lief."
        #expect(
            categories("je zegt: je wacht al een jaar; de vorige, Ellen, was heel lief", context: context).isEmpty)
        #expect(
            categories("je wacht al een jaar; de vorige, Ellen, was heel lief", context: context).contains(.judgment))
    }

    @Test("an echo of the client's own question is not the listener's verdict")
    func echoOfClientQuestion() {
        let context = "Vindt u het ook niet schandalig wat ze gedaan hebben?"
        #expect(
            !categories("U vroeg of ik het ook schandalig vind. Wat gebeurde er toen?", context: context).contains(
                .judgment))
    }
}
