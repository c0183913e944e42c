import Testing

@testable import BlancoCore

@Suite("Text: folding, tokens, sentences, quotes, questions")
struct TextTests {
    @Test("folding lower-cases, drops diacritics and unifies apostrophes")
    func folding() {
        #expect(TextFolding.fold("Één Cliënt") == "een client")
        #expect(TextFolding.fold("ÉÉN") == "een")
        #expect(TextFolding.fold("geïrriteerd") == "geirriteerd")
        #expect(TextFolding.fold("z\u{2019}n") == "z'n")
    }

    @Test("a decomposed (NFD) word folds like its precomposed (NFC) form")
    func decomposedFoldsLikePrecomposed() {
        let decomposed = "clie\u{0308}nt"
        #expect(TextFolding.fold(decomposed) == TextFolding.fold("cliënt"))
        let tokens = Tokenizer.tokenize(decomposed + " belt")
        #expect(tokens.map(\.folded) == ["client", "belt"])
        #expect(tokens[1].span == TextSpan(start: 8, end: 12))
    }

    @Test("token offsets count Unicode scalars of the original text, also after emoji")
    func offsetsAreScalars() {
        let text = "👍🏽 Één cliënt"
        let tokens = Tokenizer.tokenize(text).filter(\.isWord)
        #expect(tokens.map(\.folded) == ["een", "client"])
        let response = ResponseText(text)
        #expect(tokens.map { response.slice($0.span) } == ["Één", "cliënt"])
    }

    @Test("Dutch contractions match as the full words")
    func contractions() {
        let words = Tokenizer.tokenize("Da's m'n buurman, z'n auto staat er 't hele jaar").filter(\.isWord).map(
            \.folded)
        #expect(words == ["dat", "is", "mijn", "buurman", "zijn", "auto", "staat", "er", "het", "hele", "jaar"])
        let typographic = Tokenizer.tokenize("\u{2019}t is m\u{2019}n beurt").filter(\.isWord).map(\.folded)
        #expect(typographic == ["het", "is", "mijn", "beurt"])
    }

    @Test("tokens read a batch at a time are the tokens of the whole text, whatever the batch size")
    func batchesAreTheWholeTokens() {
        // Contractions, quotes, hyphens, numbers, abbreviations and line breaks, so a batch
        // may end before a leading apostrophe or in the middle of any of them.
        let text =
            "Da's m'n buurman, 't is 'onterecht' en \u{201E}niet eerlijk\u{201D}.\nHet gsm-abonnement kost 12,50 "
            + "t.a.v. de UWV-man (zei ze) \u{2019}s avonds... Ja! 'n Cliënt: 'k weet 't niet."
        let whole = Tokenizer.tokenize(text)
        for batchSize in [1, 2, 3, 5, 8, 4096] {
            var batched: [Token] = []
            Tokenizer.forEachBatch(of: text, batchSize: batchSize) { batch in
                #expect(batch.count < batchSize + 8)
                batched += batch
            }
            #expect(batched == whole)
        }
    }

    @Test("a dictated 'vraagteken' after a word is the question mark it stands for; after an article it is the noun")
    func dictatedQuestionMark() {
        let text = ResponseText("u schaamt zich er toch ook wel een beetje voor vraagteken daarom zegt u het")
        #expect(text.sentences.count == 2)
        #expect(text.sentences[0].form == .declarativeQuestion)
        let mark = text.tokens.first { $0.folded == "?" }
        #expect(mark?.kind == .punctuation)
        #expect(mark.map { text.slice($0.span) } == "vraagteken")
        let noun = ResponseText("er stond een groot vraagteken op de brief. wat betekende het vraagteken")
        #expect(noun.tokens.filter { $0.folded == "vraagteken" }.count == 2)
        #expect(Tokenizer.tokenize("vraagteken").first?.kind == .word)
        // A batch that ends right before the mark still sees the word before it.
        let dictated = "denkt u ook niet vraagteken"
        for batchSize in [1, 2, 3, 4, 4096] {
            var batched: [Token] = []
            Tokenizer.forEachBatch(of: dictated, batchSize: batchSize) { batched += $0 }
            #expect(batched == Tokenizer.tokenize(dictated))
        }
    }

    @Test("words in single or double quotes are marked as quoted; a contraction opens no quote")
    func quotedWords() {
        let text = ResponseText("Je zegt dat het 'onterecht' voelt en \u{201E}niet eerlijk\u{201D}, 't klopt.")
        let quotedWords = text.tokens.indices.filter { text.quoted[$0] && text.tokens[$0].isWord }.map {
            text.tokens[$0].folded
        }
        #expect(quotedWords == ["onterecht", "niet", "eerlijk"])
    }

    @Test("an unclosed quote mark quotes nothing")
    func unclosedQuote() {
        let text = ResponseText("Hij zei \"dat kan niet\nWat gebeurde er toen?")
        #expect(!text.quoted.contains(true))
    }

    @Test("sentences split on punctuation, line breaks and before a question after a comma")
    func sentences() {
        let text = ResponseText("jeetje, dat is heftig zeg. dat moet zwaar zijn\noké, wat gebeurde er toen")
        #expect(text.sentences.count == 4)
        #expect(text.sentences.last?.form == .contentQuestion)
    }

    @Test("a sentence knows the form of the one before it, and the scope after closed questions reads it")
    func followingForm() {
        let text = ResponseText(
            "Hebt u een indicatie? Dan kunt u vervoer aanvragen. Wanneer kwam de brief? Dan weet ik het.")
        #expect(text.sentences.map(\.follows) == [nil, .yesNoQuestion, .statement, .contentQuestion])
        let admitted = text.sentences.map { Rule.Scope.statementsAfterClosedQuestions.admits($0) }
        #expect(admitted == [false, true, false, false])
        #expect(
            Rule.Scope.statementsAfterClosedQuestions.admits(
                ResponseText("Dat was zwaar? Dan zit u goed.").sentences[1]))
    }

    @Test("a sentence knows whether a why-question came right before it, which both scopes read")
    func followingWhyQuestion() {
        let text = ResponseText(
            "Waarom heeft u niet gebeld? Dan weet u het. Wat deed u toen? U weet het nog. Hoezo niet?")
        #expect(text.sentences.map(\.followsWhyQuestion) == [false, true, false, false, false])
        let afterWhy = text.sentences.map { Rule.Scope.statementsAfterWhyQuestions.admits($0) }
        #expect(afterWhy == [false, true, false, false, false])
        #expect(Rule.Scope.statementsAfterClosedQuestions.admits(text.sentences[1]))
        #expect(!Rule.Scope.statementsAfterClosedQuestions.admits(text.sentences[3]))
    }

    @Test("an abbreviation's full stop ends no sentence")
    func abbreviations() {
        #expect(ResponseText("Sprak je met dhr. Jansen of mevr. De Vries?").sentences.count == 1)
    }

    @Test("questions are recognised without a question mark, exclamations are not questions")
    func questionForms() {
        func form(_ text: String) -> Sentence.Form { ResponseText(text).sentences[0].form }
        #expect(form("wat gebeurde er toen") == .contentQuestion)
        #expect(form("hoe lang slaap je al bij je vriendin") == .contentQuestion)
        #expect(form("heb je de brief nog") == .yesNoQuestion)
        #expect(form("Woont je zus ver weg") == .yesNoQuestion)
        #expect(form("Bij wie ligt de fout") == .contentQuestion)
        #expect(form("Dat was zeker zwaar?") == .declarativeQuestion)
        #expect(form("Wat een gedoe.") == .statement)
        #expect(form("Wat erg!") == .statement)
        #expect(form("Dank je wel voor je verhaal") == .statement)
        #expect(form("Je moet bezwaar maken") == .statement)
    }

    @Test("'wat' and a misspelt adjective before 'zeg', 'hoor' or 'joh' exclaims; 'wat' and a verb asks")
    func exclamationBeforeTag() {
        func form(_ text: String) -> Sentence.Form { ResponseText(text).sentences[0].form }
        #expect(form("wat vervelnd zeg, dat je handen zo kapot zijn") == .statement)
        #expect(form("wat verdrietg joh") == .statement)
        #expect(form("wat zeg je") == .contentQuestion)
        #expect(form("wat hoor je dan") == .contentQuestion)
        #expect(form("wat bedoel je hoor") == .contentQuestion)
        #expect(form("wat vervelnd vind je het") == .contentQuestion)
    }

    @Test("'wat' or 'hoe' with a subject and a copula later is a free relative: a statement without a question mark")
    func freeRelative() {
        func form(_ text: String) -> Sentence.Form { ResponseText(text).sentences[0].form }
        #expect(form("Wat hij zei is ontzettend respectloos.") == .statement)
        #expect(form("wat u beschrijft is een vorm van uitbuiting") == .statement)
        #expect(form("hoe de bank reageerde was echt niet oké") == .statement)
        #expect(form("Wat hij zei is respectloos?") == .declarativeQuestion)
        #expect(form("wat is er gebeurd") == .contentQuestion)
        #expect(form("wat er toen gebeurd is") == .contentQuestion)
        #expect(form("wat zei hij toen het zo was") == .contentQuestion)
    }

    @Test("'vind ik' first without a question mark is the listener's view with its 'dat' left out; 'heb ik' still asks")
    func ownViewWithoutDat() {
        func form(_ text: String) -> Sentence.Form { ResponseText(text).sentences[0].form }
        #expect(form("vind ik echt belachelijk") == .statement)
        #expect(form("vond ik knap van je") == .statement)
        #expect(form("vind ik dat erg?") == .yesNoQuestion)
        #expect(form("heb ik het goed begrepen") == .yesNoQuestion)
    }

    @Test("'hoor' right after 'nee' or 'ja' is a tag, so 'nee hoor ge overdrijft' is no question; 'hoor je dat' is")
    func tagAfterOpener() {
        func form(_ text: String) -> Sentence.Form { ResponseText(text).sentences[0].form }
        #expect(form("nee hoor ge overdrijft zeker nie") == .statement)
        #expect(form("ja hoor je mag het zeggen") == .statement)
        #expect(form("hoor je dat") == .yesNoQuestion)
        #expect(form("nee, hoor je dat dan niet") == .yesNoQuestion)
    }

    @Test("after a question and its comma a pronoun and a finite verb open a statement; a demonstrative does not")
    func statementAfterQuestionComma() {
        let forms = { (text: String) in ResponseText(text).sentences.map(\.form) }
        #expect(forms("waarom heb je niet gebeld, je wist toch dat het moest") == [.contentQuestion, .statement])
        #expect(forms("waarom ging u niet langs, ze woont toch vlakbij") == [.contentQuestion, .statement])
        #expect(forms("hoe kijk je ertegenaan, dat werk en die meldplicht samen") == [.contentQuestion])
        #expect(forms("waarom heb je niet gebeld, toen het misging") == [.contentQuestion])
        #expect(forms("ik snap het, je werkt hard") == [.statement])
    }

    @Test("'hoe eerder ..., hoe beter' is one sentence: the second 'hoe' of a correlative asks nothing")
    func correlativeHoe() {
        let count = { (text: String) in ResponseText(text).sentences.count }
        #expect(count("hoe eerder je belt, hoe beter") == 1)
        #expect(count("hoe eerder, hoe beter") == 1)
        #expect(count("Bezwaar maken kan, en hoe eerder, hoe beter.") == 1)
        #expect(count("hoe langer je wacht, hoe moeilijker het wordt") == 1)
        #expect(count("oké, hoe eerder je belt, hoe beter") == 2)
        // Two questions: no comparative, or a finite verb right after it.
        #expect(count("hoe ver is het, hoe lang duurt het?") == 2)
        #expect(count("hoe laat was het, hoe later kwam hij?") == 2)
        #expect(count("hoe langer duurde het, hoe later kwam hij?") == 2)
    }

    @Test("a phrase fronted after a colon keeps its verb: 'je zegt: de eerste week stond je buiten' is one sentence")
    func frontedPhraseAfterColon() {
        #expect(ResponseText("je zegt: de eerste week stond je buiten bij de planten").sentences.count == 1)
        #expect(ResponseText("je zegt: dinsdag lag je rugzak onder je bed").sentences.count == 1)
        // Without the colon the clause before has its own verb, and a question may follow it.
        #expect(ResponseText("ik vind het zelf een schande vindt u dat ook").sentences.count == 2)
    }

    @Test("after a content question and its comma a verb and 'je' or 'u' ask a second question; after a statement not")
    func questionAfterQuestionComma() {
        let forms = { (text: String) in ResponseText(text).sentences.map(\.form) }
        #expect(forms("waarom zat je zo laat op, kon je niet slapen") == [.contentQuestion, .yesNoQuestion])
        #expect(forms("wie heeft dat beoordeeld, weet u dat nog").count == 2)
        #expect(forms("dat is toch onacceptabel, vind je niet").count == 1)
        #expect(forms("als het zo is, kun je bellen").count == 1)
    }

    @Test("'zo' before its verb opens a statement without a full stop; 'zo,' is an interjection")
    func frontedZo() {
        func form(_ text: String) -> Sentence.Form { ResponseText(text).sentences[0].form }
        #expect(form("zo zijn pubers nu eenmaal") == .statement)
        #expect(form("zo gaat dat altijd met instanties") == .statement)
        #expect(form("zo is het toch gegaan?") == .declarativeQuestion)
        #expect(form("Zo, en wat gebeurde er toen") == .contentQuestion)
        #expect(form("zo, is dat gelukt") == .yesNoQuestion)
        #expect(Analyzer().analyze("zo zijn pubers nu eenmaal").flags.contains { $0.category == .interpretation })
    }

    @Test("an empty or blank text has no words and no crash")
    func emptyText() {
        #expect(ResponseText("").tokens.filter(\.isWord).isEmpty)
        #expect(ResponseText("  \n\t ").tokens.filter(\.isWord).isEmpty)
        #expect(ResponseText("\u{0}\u{0}").tokens.filter(\.isWord).isEmpty)
    }

    @Test("adjectives get their inflected forms")
    func inflection() {
        #expect(DutchInflection.inflected("belachelijk") == "belachelijke")
        #expect(DutchInflection.inflected("naar") == "nare")
        #expect(DutchInflection.inflected("knap") == "knappe")
        #expect(DutchInflection.inflected("lief") == "lieve")
        #expect(DutchInflection.inflected("boos") == "boze")
    }
}
