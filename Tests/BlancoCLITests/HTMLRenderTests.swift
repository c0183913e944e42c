import Foundation
import Testing

/// The HTML export as a browser shows it: headless Chromium (Debian's `chromium`, which
/// `.ci/run` installs) loads the page, takes screenshots at phone and desktop size and
/// prints it to PDF. Without Chromium these tests are skipped with a message saying so.
@Suite(
    "The HTML portfolio in a real browser (headless Chromium)", .serialized,
    .enabled(
        if: Chromium.path != nil,
        "chromium is not installed: apt-get install -y chromium poppler-utils to run these tests"))
struct HTMLRenderTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-html-\(UUID().uuidString)").path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-html-out-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Two finished attempts whose responses try to run script in the page.
    private func exportPortfolio() throws -> URL {
        let lines = [
            "Wat erg voor u. <script>console.error('uitgevoerd')</script>", "Wat is er gebeurd?",
            "<img src=x onerror=\"console.error('img')\"> hoe ging dat verder?", "/klaar",
        ]
        for _ in 0..<2 {
            let practice = try Blanco.run(
                ["practice", "losse-stoeptegel-gevallen"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8),
                environment: ["BLANCO_HOME": home])
            #expect(practice.status == 0)
        }
        let page = folder.appendingPathComponent("portfolio.html")
        let export = try Blanco.run(
            ["export", "--name", "Sanne <b>de Vries</b>", "-o", page.path], environment: ["BLANCO_HOME": home])
        #expect(export.status == 0, "\(export.stderr)")
        return page
    }

    @Test("the page loads without console errors, and its screenshots at phone and desktop size are not blank")
    func screenshots() throws {
        let page = try exportPortfolio()
        // A control page proves that a console error would be seen, and gives a blank screenshot's size.
        let control = folder.appendingPathComponent("control.html")
        try Data("<!DOCTYPE html><html><body><script>console.error('probe')</script></body></html>".utf8).write(
            to: control)
        let blankShot = folder.appendingPathComponent("blank.png")
        let probe = try Chromium.run([
            "--screenshot=\(blankShot.path)", "--window-size=390,844", control.absoluteString,
        ])
        try #require(probe.contains(":CONSOLE"), "Chromium did not report the control page's console error:\n\(probe)")
        let blankSize = try fileSize(blankShot)

        for (name, size) in [("phone", "390,844"), ("desktop", "1280,900")] {
            let shot = folder.appendingPathComponent("portfolio-\(name).png")
            let log = try Chromium.run(["--screenshot=\(shot.path)", "--window-size=\(size)", page.absoluteString])
            let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
            #expect(console.isEmpty, "console messages on the \(name) page:\n\(console.joined(separator: "\n"))")
            let bytes = try Data(contentsOf: shot)
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == Int(size.split(separator: ",")[0])!)
            // A page of text, tables and charts compresses far worse than an empty one.
            #expect(bytes.count > 8 * blankSize, "\(name) screenshot is \(bytes.count) bytes, a blank one \(blankSize)")
        }
    }

    @Test(
        "printed to PDF, the summary and each attempt start on their own page, and the pages hold ink",
        .enabled(if: Chromium.which("pdftoppm") != nil, "pdftoppm is not installed: apt-get install -y poppler-utils"))
    func printedForm() throws {
        let page = try exportPortfolio()
        let pdf = folder.appendingPathComponent("portfolio.pdf")
        _ = try Chromium.run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.absoluteString])
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Array("%PDF".utf8)))
        let pdftoppm = try #require(Chromium.which("pdftoppm"))
        let prefix = folder.appendingPathComponent("page").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftoppm)
        process.arguments = ["-r", "20", "-gray", pdf.path, prefix]
        try process.run()
        process.waitUntilExit()
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("page") }
            .sorted()
        #expect(pages.count >= 3, "two attempts each start a new page after the summary; got \(pages.count) pages")
        for name in pages {
            let ink = try inkShare(folder.appendingPathComponent(name))
            #expect(ink > 0.002, "\(name) is blank")
        }
    }

    private func fileSize(_ url: URL) throws -> Int {
        try Data(contentsOf: url).count
    }

    /// The share of pixels darker than near-white in a binary PGM (`P5`) from pdftoppm.
    private func inkShare(_ url: URL) throws -> Double {
        let data = try Data(contentsOf: url)
        var fields: [String] = []
        var index = 0
        var current = ""
        while fields.count < 4, index < data.count {
            let byte = data[index]
            index += 1
            if byte == 0x23 {  // a comment runs to the end of the line
                while index < data.count, data[index] != 0x0A { index += 1 }
            } else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !current.isEmpty { fields.append(current) }
                current = ""
            } else {
                current.append(Character(UnicodeScalar(byte)))
            }
        }
        try #require(fields.first == "P5", "not a binary PGM")
        let pixels = data[index...]
        return Double(pixels.filter { $0 < 200 }.count) / Double(max(1, pixels.count))
    }
}

/// Finding and running headless Chromium.
enum Chromium {
    static let path: String? = which("chromium") ?? which("chromium-browser")

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs headless Chromium with a private profile and returns what it logged.
    static func run(_ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
            ] + arguments
        let log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-chromium-\(UUID().uuidString).log")
        try Data().write(to: log)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return String(decoding: try Data(contentsOf: log), as: UTF8.self)
    }
}
