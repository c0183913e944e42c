import Platform

/// The words the client has used so far (the context), for telling the client's words
/// echoed by the listener from the listener's own. Words are compared folded, and for
/// summaries also by their start, so "gemaild" in the context covers "mails".
///
/// The context is tokenized only when a response first needs it (a reported or quoted
/// phrase, a possible summary or conclusion); most questions never do, and a jsonl
/// stream with a new context on every line then skips the context's cost entirely.
struct ClientWords: Sendable {
    private let storage: Storage

    init(_ context: String) {
        storage = Storage(context)
    }

    /// Without any text there are no client words; with text, the lookups decide.
    var isEmpty: Bool { storage.context.isEmpty }

    private var words: Set<String> { storage.prepared.words }

    /// Whether the client used this folded word.
    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the client used this word or a word with the same start (all but its last
    /// two letters, at least four, at most eight; a past participle's "ge-" aside), used it
    /// as the head of a closed compound ("aanslag" after "naheffingsaanslag"), or used the
    /// adjective of this -heid noun ("boosheid" after "boos"). The client's words include
    /// the plain synonyms of a feeling they named (`SameFeeling`).
    func containsStem(of word: String) -> Bool {
        let prepared = storage.prepared
        // "boa's", "mail's": the plural with an apostrophe is the client's "boa", "mail".
        // Each `hasSuffix` and dictionary lookup below is asked only where its word's bytes
        // allow it (`Self.endsWith`, the byte count): a `String` comparison or hash costs
        // more than the rest of the check for the short words most responses consist of.
        let count = word.utf8.count
        if count >= 4, Self.endsWith(word, 0x27, 0x73), word.hasSuffix("'s"),
            containsStem(of: String(word.dropLast(2)))
        {
            return true
        }
        if hasSameStart(word, prepared) || prepared.hasCompoundHead(word) { return true }
        if count >= 3, count <= 5, let first = Self.firstPersonOfIrregular[word], prepared.words.contains(first) {
            return true
        }
        // "viel" after "gevallen", "liep" after "lopen": the forms of a strong verb share no
        // start, so another form of the same verb is looked up (`strong-verbs`).
        if let forms = Self.strongVerbForms[word], forms.contains(where: { prepared.words.contains($0) }) {
            return true
        }
        // "declareren" after "gedeclareerd": the participle of an -eren verb doubles the e
        // before its ending, which a start of eight letters does not reach.
        // Looked up by the words' first bytes, as the starts are, never by a scan.
        if count >= 8, Self.endsWith(word, 0x65, 0x6E), word.hasSuffix("eren"), prepared.byteLookupIsExact,
            word.utf8.allSatisfy({ $0 < 0x80 })
        {
            let stem = String(word.dropLast(3))
            if prepared.hasWord(startingWithASCII: stem) || prepared.hasWord(startingWithASCII: "ge" + stem) {
                return true
            }
        }
        // "vertaalde" after "vertalen", "hoorde" after "horen": a verb form with a long
        // vowel in a closed syllable is the client's infinitive, spelled with one vowel.
        if let infinitive = Self.infinitive(ofLongVowelForm: word), prepared.words.contains(infinitive) {
            return true
        }
        // "boosheid" after "boos", "eenzaamheid" after "eenzaam": a -heid noun is the
        // client's adjective, which its start alone does not reach past eight letters.
        guard let adjective = Self.adjective(ofHeidNoun: word) else { return false }
        return prepared.words.contains(adjective) || prepared.words.contains(DutchInflection.inflected(adjective))
    }

    /// Whether the client used this compound itself: the word, a form of it (the word
    /// without an ending of up to three letters, "zorgplannen" after "zorgplan", or a word
    /// that starts with all but its last two letters, "zorgdossiers" after "zorgdossier"),
    /// or a longer compound ending in it ("dossier" after "zorgdossier"). Unlike
    /// `containsStem(of:)`, a shared first part ("integriteit" for "integriteitsprocedure")
    /// is not enough.
    func containsCompound(_ word: String) -> Bool {
        let prepared = storage.prepared
        if prepared.words.contains(word) || prepared.hasCompoundHead(word) { return true }
        let count = word.count
        guard count >= 6 else { return false }
        for ending in 1...3 where prepared.words.contains(String(word.prefix(count - ending))) { return true }
        let prefix = String(word.prefix(count - 2))
        if prepared.byteLookupIsExact, prefix.utf8.allSatisfy({ $0 < 0x80 }) {
            return prepared.hasWord(startingWithASCII: prefix)
        }
        return prepared.words.contains { $0.hasPrefix(prefix) }
    }

    /// The listener particles and the intensifiers: the words the client owns only next to
    /// the word they said them with.
    static let pairedWords = WordLookup(Words.listenerParticles.union(Words.intensifiers))

    /// Whether the client said the word at `index` (one of `pairedWords`) next to the same
    /// neighbour as in `tokens`, the nearest word before or after it within `range`
    /// (punctuation aside): "vast" in "ik had hem vast" or "dat u vast iets fout had gedaan"
    /// is the client's when given back next to the same word, as "zo" is in "u bent het zo
    /// zat" after "ik ben het zo zat".
    func saidWithNeighbour(_ index: Int, in tokens: [Token], within range: Range<Int>) -> Bool {
        let word = tokens[index].folded
        if let before = range[..<index].last(where: { tokens[$0].isWord }),
            saidInARow(tokens[before].folded, word)
        {
            return true
        }
        if let after = range[(index + 1)...].first(where: { tokens[$0].isWord }),
            saidInARow(word, tokens[after].folded)
        {
            return true
        }
        return false
    }

    /// Whether the client said `first` right before `second` (folded words, punctuation
    /// between them aside), one of them in `pairedWords`.
    private func saidInARow(_ first: String, _ second: String) -> Bool {
        storage.particleNeighbours.contains(first + " " + second)
    }

    /// "u kunt", "u heeft", "u zult": the second person of the irregular verbs, whose first
    /// person ("ik kan", "ik heb", "ik zal") no start or stem reaches.
    private static let firstPersonOfIrregular: [String: String] = [
        "kunt": "kan", "kun": "kan", "heeft": "heb", "hebt": "heb", "zult": "zal",
    ]

    /// The groups of words that name one relative (`same-person`: "moeder", "ma", "mama").
    private static let samePerson: [Set<String>] = Words.samePerson.map { Set($0) }

    /// Every form of a strong or irregular verb (`strong-verbs`: "viel", "gevallen") with
    /// the other forms of the same verb.
    private static let strongVerbForms: [String: [String]] = {
        var forms: [String: [String]] = [:]
        for verb in Words.strongVerbs {
            for form in verb { forms[form, default: []].append(contentsOf: verb.filter { $0 != form }) }
        }
        return forms
    }()

    /// "vertaalde" → "vertalen", "hoorde" → "horen", "loopt" → "lopen": the stem of a
    /// past or present form (without -de, -te, -den, -ten or -t) that ends in a doubled
    /// vowel and one consonant, with the vowel single and "en" after it; nil for any other
    /// word. Only lower-case ASCII words of at least four letters are read.
    static func infinitive(ofLongVowelForm word: String) -> String? {
        guard word.utf8.count >= 4 else { return nil }
        var word = word
        return word.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            var stemCount = bytes.count
            for ending in longVowelEndings
            where stemCount - ending.count >= 4 && bytes.suffix(ending.count).elementsEqual(ending) {
                stemCount -= ending.count
                break
            }
            let last = bytes[stemCount - 1]
            let vowel = bytes[stemCount - 2]
            guard stemCount >= 4, !isVowelByte(last), last != 0x6A, isVowelByte(vowel), vowel != 0x69,
                bytes[stemCount - 3] == vowel, !isVowelByte(bytes[stemCount - 4])
            else { return nil }
            var infinitive = Array(bytes[..<(stemCount - 2)])
            infinitive.append(last)
            infinitive.append(contentsOf: [0x65, 0x6E])
            return String(decoding: infinitive, as: UTF8.self)
        }
    }

    /// The endings `infinitive(ofLongVowelForm:)` takes off, longest first.
    private static let longVowelEndings: [[UInt8]] = ["den", "ten", "de", "te", "t"].map { Array($0.utf8) }

    /// a, e, i, o, u, y as lower-case ASCII bytes.
    private static func isVowelByte(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }

    /// Whether the last two bytes of `word` are `first` and `second`: a necessary condition
    /// for `hasSuffix` of an ASCII ending whose last two letters they are (no other scalars
    /// are canonically equal to ASCII letters and an apostrophe), read without comparing
    /// strings.
    @inline(__always)
    static func endsWith(_ word: String, _ first: UInt8, _ second: UInt8) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 2 else { return false }
        let last = utf8.index(before: utf8.endIndex)
        return utf8[last] == second && utf8[utf8.index(before: last)] == first
    }

    /// "boosheid" → "boos", "machteloosheid" → "machteloos"; nil for a word that is no
    /// -heid noun of an adjective of at least three letters.
    private static func adjective(ofHeidNoun word: String) -> String? {
        guard word.utf8.count >= 7, endsWith(word, 0x69, 0x64), word.hasSuffix("heid") else { return nil }
        let adjective = String(word.dropLast(4))
        // "overheid" and "waarheid" are not the client's "over" and "waar".
        return ContentWords.isContentWord(adjective) ? adjective : nil
    }

    private func hasSameStart(_ word: String, _ prepared: Prepared) -> Bool {
        if prepared.byteLookupIsExact {
            var word = word
            if let found = word.withUTF8({ prepared.containsStem(ofASCII: $0) }) { return found }
        }
        let words = prepared.words
        if words.contains(word) { return true }
        if let stem = Self.presentTenseStem(word), words.contains(stem) { return true }
        let form = Self.withoutParticiplePrefix(word) ?? word[...]
        let count = form.count
        guard count >= 4 else { return false }
        // A String prefix keeps `hasPrefix` on its fast UTF-8 path.
        let prefix = String(form.prefix(min(8, max(4, count - 2))))
        let prefixedByGe = "ge" + prefix
        if prepared.byteLookupIsExact, prefix.utf8.allSatisfy({ $0 < 0x80 }) {
            return prepared.hasWord(startingWithASCII: prefix) || prepared.hasWord(startingWithASCII: prefixedByGe)
        }
        return words.contains { candidate in
            candidate.hasPrefix(prefix) || (candidate.utf8.count >= 5 && candidate.hasPrefix(prefixedByGe))
        }
    }

    /// "staat" → "sta", "gaat" → "ga", "bent" → "ben": the first person of a present-tense
    /// verb the listener repeats in the second person ("u staat er alleen voor").
    private static func presentTenseStem(_ word: String) -> String? {
        guard word.hasSuffix("t"), word.utf8.count >= 3 else { return nil }
        let stem = word.dropLast()
        for vowel in ["aa", "ee", "oo", "uu"] where stem.hasSuffix(vowel) && stem.count >= 3 {
            return String(stem.dropLast())
        }
        return String(stem)
    }

    /// "gezet" → "zet", "gemaild" → "maild": the stem of a past participle.
    private static func withoutParticiplePrefix(_ word: String) -> Substring? {
        word.hasPrefix("ge") && word.utf8.count >= 5 ? word.dropFirst(2) : nil
    }
}

extension ClientWords {
    /// The client's folded words, as a set and filed by their first four bytes, so the
    /// words that start with given letters are found by a binary search instead of a scan.
    /// A class, so handing it out of the lock shares it rather than copying its five
    /// collections.
    private final class Prepared: Sendable {
        /// The words, also looked up by their bytes when they are ASCII.
        private let lookup: WordLookup
        var words: Set<String> { lookup.words }
        /// Whether an ASCII word's bytes answer for it exactly (see
        /// `ASCIIWordTable.hasASCIIEquivalent`), for the byte lookups and `hasWord`; folded
        /// words always do.
        var byteLookupIsExact: Bool { lookup.asciiIsExact }
        private let list: [String]
        /// Per word in `list`: whether it is all ASCII.
        private let isASCII: [Bool]
        /// Per word of at least four bytes: its first four bytes in the high half and its
        /// index in `list` in the low half, sorted.
        private let byStart: [UInt64]
        /// The heads of the client's closed compounds.
        private let heads: CompoundHeads

        convenience init(_ context: String) {
            self.init(words: Self.words(of: context))
        }

        /// Whether the listener's word (or its singular) ends one of the client's compounds.
        func hasCompoundHead(_ word: String) -> Bool {
            // A head has at least five letters, so at least five bytes: a shorter word (most
            // that are asked) has no form that is one, and its forms are not made.
            !heads.isEmpty && word.utf8.count >= CompoundHeads.minimumHead
                && CompoundHeads.forms(of: word).contains(where: heads.contains)
        }

        /// The folded words of a text.
        /// Read a batch of tokens at a time: a long context's tokens are never all held at once.
        static func words(of context: String) -> Set<String> {
            var words: Set<String> = []
            Tokenizer.forEachBatch(of: context) { tokens in
                for token in tokens where token.isWord {
                    words.insert(token.folded)
                    // "gsm-abonnement": the client also said "gsm" and "abonnement".
                    // The bytes first: `String.contains` costs hundreds of instructions a word.
                    if token.folded.utf8.contains(UInt8(ascii: "-")), token.folded.contains("-") {
                        for part in token.folded.split(separator: "-") where part.utf8.count >= 2 {
                            words.insert(String(part))
                        }
                    }
                }
            }
            // "ik ben bang": "ongerust" and "zorgen" name the same feeling (`SameFeeling`).
            words.formUnion(SameFeeling.words(lentBy: words))
            // "mijn ma": "moeder" names the same relative (`same-person`).
            for group in ClientWords.samePerson where group.contains(where: words.contains) { words.formUnion(group) }
            return words
        }

        init(words: Set<String>) {
            lookup = WordLookup(words)
            list = Array(words)
            isASCII = list.map { $0.utf8.allSatisfy { $0 < 0x80 } }
            byStart = Self.starts(of: list[...], from: 0).sorted()
            heads = CompoundHeads(of: list)
        }

        private init(lookup: WordLookup, list: [String], isASCII: [Bool], byStart: [UInt64], heads: CompoundHeads) {
            self.lookup = lookup
            self.list = list
            self.isASCII = isASCII
            self.byStart = byStart
            self.heads = heads
        }

        /// `base` with the words of one more line: the same answers as preparing all the
        /// words afresh, but the tables are copied and extended (a merge, not a sort), so
        /// a conversation replayed turn by turn costs a copy per turn, not a rebuild; and a
        /// line that brings no new word shares `base` itself.
        static func extending(_ base: Prepared, with lineWords: Set<String>) -> Prepared {
            let added = Array(lineWords.filter { !base.words.contains($0) })
            guard !added.isEmpty else { return base }
            let list = base.list + added
            let extra = starts(of: list[base.list.count...], from: base.list.count).sorted()
            var byStart: [UInt64] = []
            byStart.reserveCapacity(base.byStart.count + extra.count)
            var old = 0
            for entry in extra {
                while old < base.byStart.count, base.byStart[old] < entry {
                    byStart.append(base.byStart[old])
                    old += 1
                }
                byStart.append(entry)
            }
            byStart.append(contentsOf: base.byStart[old...])
            return Prepared(
                lookup: base.lookup.adding(added), list: list,
                isASCII: base.isASCII + added.map { $0.utf8.allSatisfy { $0 < 0x80 } }, byStart: byStart,
                heads: base.heads.adding(added))
        }

        /// Per word of at least four bytes: its first four bytes and its index in the list.
        private static func starts(of words: ArraySlice<String>, from first: Int) -> [UInt64] {
            var starts: [UInt64] = []
            starts.reserveCapacity(words.count)
            for (offset, word) in words.enumerated() {
                if let entry = WordStarts.entry(word, count: 4, index: first + offset) { starts.append(entry) }
            }
            return starts
        }

        /// `containsStem(of:)` worked out on the bytes of an ASCII word, where a character
        /// is a byte; nil for a word that is not ASCII.
        func containsStem(ofASCII word: UnsafeBufferPointer<UInt8>) -> Bool? {
            switch lookup.lookupASCII(word) {
            case .found: return true
            case .notASCII: return nil
            case .absent: break
            }
            let count = word.count
            if count >= 3, word[count - 1] == UInt8(ascii: "t") {
                var stemCount = count - 1
                if stemCount >= 3, word[stemCount - 1] == word[stemCount - 2],
                    [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"), UInt8(ascii: "u")].contains(
                        word[stemCount - 1])
                {
                    stemCount -= 1
                }
                if lookup.lookupASCII(UnsafeBufferPointer(rebasing: word[..<stemCount])) == .found(0) { return true }
            }
            let hasParticiplePrefix = count >= 5 && word[0] == UInt8(ascii: "g") && word[1] == UInt8(ascii: "e")
            let form = UnsafeBufferPointer(rebasing: word[(hasParticiplePrefix ? 2 : 0)...])
            guard form.count >= 4 else { return false }
            let prefix = UnsafeBufferPointer(rebasing: form[..<min(8, max(4, form.count - 2))])
            // At most ten bytes with "ge": a string that needs no allocation, unlike an array.
            let start = String(decoding: prefix, as: UTF8.self)
            return hasWord(startingWithASCII: start) || hasWord(startingWithASCII: "ge" + start)
        }

        /// Whether a word starts with the characters of `prefix`, an ASCII string of at
        /// least four characters: `words.contains { $0.hasPrefix(prefix) }`. A word with
        /// those first characters also has those first bytes (no folded word holds a
        /// scalar canonically equal to an ASCII one), so only the words that share the
        /// first four bytes are checked, and an ASCII word only by its bytes.
        func hasWord(startingWithASCII prefix: String) -> Bool {
            guard let start = WordStarts.start(of: prefix, count: 4) else { return false }
            return WordStarts.any(startingWith: start, in: byStart) { index in
                isASCII[index] ? list[index].utf8.starts(with: prefix.utf8) : list[index].hasPrefix(prefix)
            }
        }
    }

    /// The context and, once needed, its folded words; shared by copies of `ClientWords`.
    private final class Storage: Sendable {
        let context: String
        private let state = Locked<Prepared?>(nil)
        private let neighbours = Locked<Set<String>?>(nil)
        /// For a context that is an earlier one plus a line: that one, the line, and the
        /// line's folded words when the caller had them already.
        private let base: (storage: Storage, line: String, words: Set<String>?)?

        init(_ context: String) {
            self.context = context
            base = nil
        }

        /// The context's pairs of neighbouring words of which one is in `pairedWords` ("hem
        /// vast", "toch liet", "zo zat"), found once per context: a response may ask for them
        /// at every such word, and reading the context afresh each time made a long reporting
        /// response against a long context quadratic.
        var particleNeighbours: Set<String> {
            neighbours.withLock { cached in
                if let cached { return cached }
                // Read a batch of tokens at a time, each word beside the one before it.
                var pairs: Set<String> = []
                var previous: String?
                let paired = ClientWords.pairedWords
                Tokenizer.forEachBatch(of: context) { tokens in
                    for token in tokens where token.isWord {
                        let second = token.folded
                        if let first = previous, paired.contains(first) || paired.contains(second) {
                            pairs.insert(first + " " + second)
                        }
                        previous = second
                    }
                }
                cached = pairs
                return pairs
            }
        }

        init(appending line: String, words: Set<String>?, to storage: Storage) {
            context = storage.context + "\n" + line
            base = (storage, line, words)
        }

        var prepared: Prepared {
            // The earlier contexts' words are prepared outside this lock: they have their own.
            if let base, state.withLock({ $0 == nil }) {
                // Extended once from the nearest earlier context already prepared, with the
                // words of every line since: not copied once per line in between.
                var words = base.words ?? Prepared.words(of: base.line)
                var earlier = base.storage
                while let further = earlier.base, earlier.state.withLock({ $0 == nil }) {
                    words.formUnion(further.words ?? Prepared.words(of: further.line))
                    earlier = further.storage
                }
                let extended = Prepared.extending(earlier.prepared, with: words)
                state.withLock { if $0 == nil { $0 = extended } }
            }
            return state.withLock { state in
                if let state { return state }
                let prepared = Prepared(context)
                state = prepared
                return prepared
            }
        }
    }

    /// The client's words with one more line: a newline separates words, so the words are
    /// the earlier words plus the line's, prepared from the earlier ones when needed.
    init(appending line: String, words: Set<String>?, to earlier: ClientWords) {
        storage = Storage(appending: line, words: words, to: earlier.storage)
    }

    /// The folded words of one line of the client's, as `init(appending:words:to:)` takes them.
    static func words(ofLine line: String) -> Set<String> {
        Prepared.words(of: line)
    }
}

/// The client's words so far, prepared once for analyzing several responses to the same
/// client turn (a practice session, or a jsonl stream whose lines share a context).
public struct ClientContext: Sendable {
    public let text: String
    let words: ClientWords

    public init(_ text: String) {
        self.text = text
        words = ClientWords(text)
    }

    private init(text: String, words: ClientWords) {
        self.text = text
        self.words = words
    }

    /// This context with one more line of the client's (`text + "\n" + line`), reusing the
    /// words already prepared, so a conversation replayed turn by turn prepares each
    /// client line once instead of the whole conversation at every turn.
    public func appending(line: String) -> ClientContext {
        appending(line: line, words: nil)
    }

    /// `appending(line:)` with the line's words folded already (`ClientWords.words(ofLine:)`),
    /// for a caller that meets the same lines again and again.
    func appending(line: String, words lineWords: Set<String>?) -> ClientContext {
        ClientContext(text: text + "\n" + line, words: ClientWords(appending: line, words: lineWords, to: words))
    }
}
