/// Dutch words so frequent that nearly every question contains one (or a word starting
/// with one): as a topic word of a fact they would make any question reveal that fact.
public enum CommonWords {
    public static let all: Set<String> = [
        "aan", "al", "alles", "als", "ben", "bent", "bij", "dan", "dat", "de", "deze", "die", "dit", "door",
        "daar", "een", "en", "er", "ga", "gaat", "ging", "had", "hebt", "heb", "heeft", "hem", "het",
        "hier", "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "kan", "kon", "maar", "me", "met",
        "mij", "mijn", "moet", "na", "naar", "niet", "nog", "nu", "of", "om", "ook", "op", "over", "te",
        "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "vond", "waar", "wanneer", "was", "wat",
        "we", "wel", "werd", "wie", "wij", "wil", "zal", "ze", "zei", "zich", "zij", "zijn", "zo", "zou",
    ]
}
