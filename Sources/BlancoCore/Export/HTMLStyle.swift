/// The stylesheet of the HTML export, inline so the file stands alone: readable on a
/// phone (one column, wrapping tables), a colour per category for the highlighted words,
/// and a print form with each attempt on a new page.
enum HTMLStyle {
    /// Background and underline colour per category, by guideline name.
    static let categoryColors: [(category: Category, background: String, line: String)] = [
        (.judgment, "#fde2e1", "#c62828"),
        (.interpretation, "#fff1c7", "#b26a00"),
        (.prematureOpinion, "#e8defa", "#6a3fb5"),
        (.advice, "#d9f0e3", "#2e7d4f"),
        (.whyQuestion, "#dbe9fb", "#1f5fa8"),
        (.leadingQuestion, "#fbe0f1", "#a23b7a"),
    ]

    static var css: String {
        var css = """
            :root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --rule: #d8dde6; --accent: #1f5fa8; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; overflow-wrap: break-word; }
            h1 { font-size: 1.6rem; margin: 0.2rem 0 0.4rem; }
            h2 { font-size: 1.3rem; margin: 0 0 0.3rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
            .muted, .meta { color: var(--muted); }
            .meta { margin: 0 0 0.8rem; }
            section { border-top: 2px solid var(--rule); padding-top: 1rem; margin-top: 1.5rem; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.8rem; }
            th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
            th { overflow-wrap: normal; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            blockquote { margin: 0.5rem 0; padding: 0.4rem 0.8rem; border-left: 4px solid var(--rule); background: #f6f7f9; }
            ol.turns { padding-left: 1.6rem; }
            ol.turns li { margin-bottom: 0.8rem; }
            .response { font-size: 1.02rem; }
            .points { color: var(--muted); white-space: nowrap; }
            ul.flags { margin: 0.2rem 0 0; padding-left: 1.1rem; font-size: 0.92rem; }
            code { font-size: 0.85em; background: #f1f3f6; padding: 0 0.2em; border-radius: 3px; }
            mark { color: inherit; padding: 0 0.1em; border-radius: 2px; border-bottom: 2px solid; }
            .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; padding: 0; list-style: none; font-size: 0.92rem; }
            .chart { width: 100%; height: auto; max-width: 36rem; display: block; margin: 0.4rem 0 1rem; }
            .chart .grid { stroke: #e3e7ee; stroke-width: 1; }
            .chart .pass { stroke: #9aa3b2; stroke-width: 1; stroke-dasharray: 4 4; }
            .chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
            .chart .dot { fill: var(--accent); }
            .chart .axis { font-size: 14px; fill: var(--muted); }
            .chart .label { font-size: 16px; fill: var(--ink); }
            .chart .track { fill: #f1f3f6; }
            .chart .self { fill: #e08a1e; }
            .chart .coach { fill: var(--accent); }
            .note { background: #fff7e6; border-left: 4px solid #e08a1e; padding: 0.3rem 0.6rem; }
            .grade { font-size: 1.15rem; font-weight: 600; }
            @media (max-width: 30rem) {
              body { padding: 0.7rem; font-size: 15px; }
              th, td { padding: 0.25rem 0.3rem; }
            }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              section.attempt { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
              tr, .chart, ol.turns li, h2, h3 { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              mark, .chart, .note, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .table-wrap { overflow: visible; }
              a { color: inherit; text-decoration: none; }
            }

            """
        for entry in categoryColors {
            css +=
                "mark.cat-\(entry.category.rawValue), .swatch.cat-\(entry.category.rawValue) { background: \(entry.background); border-color: \(entry.line); }\n"
        }
        css +=
            ".swatch { display: inline-block; width: 1em; height: 1em; border-bottom: 3px solid; vertical-align: -0.15em; margin-right: 0.3em; }\n"
        return css
    }
}
