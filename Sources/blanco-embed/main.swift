import BlancoCore
import Foundation

// Regenerates the embedded exercise set from Exercises/*.md. Run from the package root:
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
