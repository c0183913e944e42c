import BlancoCore
import Foundation

// Regenerates the embedded exercise set from Exercises/*.md and the rule book from Rules/.
// Run from the package root:
//     swift run blanco-embed
let exercisesDirectory = "Exercises"
let names = try FileManager.default.contentsOfDirectory(atPath: exercisesDirectory)
    .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }
    .sorted()
let files = try names.map { name -> (name: String, text: String) in
    let data = try Data(contentsOf: URL(fileURLWithPath: exercisesDirectory + "/" + name))
    guard let text = String(data: data, encoding: .utf8) else {
        throw CocoaError(.fileReadInapplicableStringEncoding, userInfo: [NSFilePathErrorKey: name])
    }
    return (name, text)
}
try BundledExerciseSource.render(files: files)
    .write(toFile: BundledExerciseSource.generatedPath, atomically: true, encoding: .utf8)
print("blanco-embed: \(files.count) oefeningen geschreven naar \(BundledExerciseSource.generatedPath)")
let readme = try String(contentsOfFile: exercisesDirectory + "/README.md", encoding: .utf8)
guard let template = BundledExerciseSource.template(inReadme: readme) else {
    fatalError("Exercises/README.md has no ```markdown block with the exercise template")
}
try BundledExerciseSource.renderTemplate(template)
    .write(toFile: BundledExerciseSource.templateGeneratedPath, atomically: true, encoding: .utf8)
print("blanco-embed: het sjabloon geschreven naar \(BundledExerciseSource.templateGeneratedPath)")

// Regenerates the embedded rule book and word lists from Rules/.
switch RuleFiles.load(directory: RuleBookSource.rulesDirectory) {
case .failure(let error):
    for problem in error.problems { FileHandle.standardError.write(Data((problem.description + "\n").utf8)) }
    exit(65)
case .success(let rules):
    try RuleBookSource.renderRules(rules).write(
        toFile: RuleBookSource.generatedRulesPath, atomically: true, encoding: .utf8)
    try RuleBookSource.renderVocabulary(rules).write(
        toFile: RuleBookSource.generatedVocabularyPath, atomically: true, encoding: .utf8)
    print(
        "blanco-embed: \(rules.rules.count) regels en \(rules.vocabularies.count) woordenlijsten geschreven naar \(RuleBookSource.generatedRulesPath) en \(RuleBookSource.generatedVocabularyPath)"
    )
}
