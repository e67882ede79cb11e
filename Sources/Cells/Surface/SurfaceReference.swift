import Linalg

/// The library reference, `docs/library.md`, generated from the declared surface: every
/// builtin of the notebook library with its Swift declaration, its one-line summary and its
/// example, run as a cell to show what it gives. The records live beside the builtins
/// (`Builtin(…, summary:, example:)`); this file only orders them into sections and writes.
///
/// Regenerate with `NB_UPDATE_REFERENCE=1 swift test --filter LibraryReferenceTests`; the
/// same test fails when a builtin is undocumented, an example fails, or the file is stale.
public enum LibraryReference {
    /// One documented declaration.
    public struct Entry: Sendable {
        public var section: String
        /// The Swift declaration, as a cell can call it (`func kron(_ A: Matrix, _ B: Matrix) -> Matrix`).
        public var declaration: String
        /// The name a reader looks up: `kron`, `Matrix.rows`, `Matrix.init`.
        public var name: String
        public var summary: String
        public var example: String
    }

    /// Every documented declaration of the notebook library, by section, in declaration order.
    public static var entries: [Entry] {
        sections.flatMap { section in
            section.declarations.map { declaration in
                Entry(section: section.title, declaration: declaration.declaration, name: name(of: declaration.declaration, on: nil),
                      summary: declaration.summary, example: declaration.example)
            } + section.builtins.compactMap { builtin in
                builtin.documentation.map { documentation in
                    Entry(section: section.title, declaration: builtin.declaration,
                          name: name(of: builtin.declaration, on: builtin.placement),
                          summary: documentation.summary, example: documentation.example)
                }
            }
        }
    }

    /// The declarations of the checked library surfaces that have no summary or example
    /// (the reference's test wants none), and surface entries that no section lists.
    public static var undocumented: [String] {
        let listed = Set(sections.flatMap(\.builtins).map(\.declaration))
        let checked = SurfaceLinalg.entries + SurfaceAutodiff.entries + SurfaceData.entries
        return checked.filter { $0.documentation == nil || $0.documentation?.example.isEmpty == true }.map(\.declaration)
            + checked.filter { !listed.contains($0.declaration) }.map { "not in a section: \($0.declaration)" }
    }

    /// An example's result: what it printed and showed, or the error that stopped it.
    public struct Outcome: Sendable {
        public var output: String
        public var error: CellError?
        public var failedChecks: [String]
    }

    /// Runs one example as a one-cell notebook in `dataFolder` (the examples of data files
    /// read the repository's `notebooks/data/`; the reference's test passes `notebooks`).
    public static func run(_ example: String, dataFolder: String? = nil) -> Outcome {
        let configuration = RunConfiguration(dataFolder: dataFolder)
        let result = CellProgram(cells: [CellSource(index: 0, code: example, firstLine: 1)], configuration: configuration).run()[0]
        var output = result.stdout
        switch result.display {
        case .text(let text)?: output += text
        case .matrix(let matrix)?: output += matrix.description
        case .figure?: output += "(a figure)"
        case nil: break
        }
        return Outcome(output: output.hasSuffix("\n") ? String(output.dropLast()) : output, error: result.error,
                       failedChecks: result.checks.filter { !$0.passed }.map(\.message))
    }

    /// The Markdown reference, every example run (so this takes a few seconds).
    public static func markdown(dataFolder: String? = nil) -> String {
        var text = """
            # The notebook library

            Every function, operator, property and type a cell can use beyond Swift's standard
            library, with its Swift declaration, what it does, and an example with what the
            example gives (each example runs as a cell; the reference is generated from the
            declared surface by `NB_UPDATE_REFERENCE=1 swift test --filter LibraryReferenceTests`).
            The same declarations compile natively against the `Linalg` and `Autodiff` modules.

            Conventions: indices are 0-based; a vector is an n×1 `Matrix`; `*` is the matrix
            product and the dot operators `.+ .- .* ./` work entry by entry with broadcasting;
            functions that can fail (shapes that do not fit, a singular matrix) stop the cell with
            an error at its line. Random draws come from the cell's stream, seeded by the
            notebook's `execute.seed` and the cell's label. The examples that read data files
            read them from the repository's `notebooks/` folder.


            """
        let all = entries
        text += "## Contents\n\n"
        for section in sections {
            let names = orderedUnique(all.filter { $0.section == section.title }.map(\.name))
            text += "- [\(section.title)](#\(anchor(section.title))): " + names.map { "`\($0)`" }.joined(separator: ", ") + "\n"
        }
        for section in sections {
            text += "\n## \(section.title)\n\n\(section.introduction)\n"
            for entry in all where entry.section == section.title {
                text += "\n#### `\(entry.declaration)`\n\n\(entry.summary)\n\n```swift\n\(entry.example)\n```\n"
                let outcome = run(entry.example, dataFolder: dataFolder)
                if let error = outcome.error {
                    text += "\n> error at example line \(error.line): \(error.kind)\n"
                } else if !outcome.output.isEmpty {
                    text += "\n```text\n\(outcome.output)\n```\n"
                }
            }
        }
        return text
    }

    /// A reference section: its title, a sentence, and its declarations in order.
    struct Section {
        var title: String
        var introduction: String
        var declarations: [LibraryDeclaration] = []
        var builtins: [Builtin]
    }

    static let sections: [Section] = [
        Section(title: "Matrices",
                introduction: "The `Matrix` type, its constructors, subscripts and properties.",
                declarations: SurfaceLinalg.declarations,
                builtins: SurfaceLinalg.construction + SurfaceLinalg.members),
        Section(title: "Arithmetic and broadcasting",
                introduction: "`+` and `-` between matrices need equal shapes (linear algebra); the dot operators broadcast a row, a column or a 1×1 matrix along the other operand, as Julia's do.",
                builtins: SurfaceLinalg.arithmetic + SurfaceLinalg.dotOperators + SurfaceLinalg.comparisons),
        Section(title: "Entrywise functions and reductions",
                introduction: "Functions applied to every entry, and sums, means, norms and other numbers computed from a matrix.",
                builtins: SurfaceLinalgFunctions.elementwise + SurfaceLinalgFunctions.reductions),
        Section(title: "Decompositions",
                introduction: "LAPACK-backed factorizations and what is built on them.",
                builtins: SurfaceLinalgFunctions.decompositions),
        Section(title: "Functions of symmetric matrices",
                introduction: "f(A) = V · diag(f(λ)) · Vᵀ through `eigh`; eigenvalues within n·ε·max|λ| of zero count as zero.",
                builtins: SurfaceLinalgFunctions.symmetric),
        Section(title: "Shapes",
                introduction: "Kronecker products, vec and reshape (column-major, so that vec(AXB) = (Bᵀ ⊗ A) vec(X)), outer products.",
                builtins: SurfaceLinalgFunctions.shapes),
        Section(title: "Statistics",
                introduction: "Over a `[Double]`, a matrix's entries, or with `axis:` each column (0) or row (1). Variances use the n − 1 form unless `corrected: false`; NaN propagates; an empty sample gives NaN.",
                builtins: SurfaceStatistics.entries),
        Section(title: "Gradients",
                introduction: "Reverse-mode gradients of closures written over `Tracked` values (which read like `Matrix` code), with Swift's differentiable-programming names.",
                declarations: SurfaceAutodiff.declarations,
                builtins: SurfaceAutodiff.gradients + SurfaceAutodiff.values + SurfaceAutodiff.trackedOperators
                    + SurfaceAutodiff.trackedDotOperators + SurfaceAutodiff.trackedFunctions + SurfaceAutodiff.trackedMembers),
        Section(title: "Flows and differential equations",
                introduction: "Gradient flows, ODEs and SDEs with a `Matrix` or `[Matrix]` state, and the trajectories they return.",
                declarations: SurfaceDifferentialEquations.declarations,
                builtins: SurfaceDifferentialEquations.methods + SurfaceDifferentialEquations.flows
                    + SurfaceDifferentialEquations.equations + SurfaceDifferentialEquations.trajectories
                    + SurfaceDifferentialEquations.matrixTrajectories),
        Section(title: "Data files",
                introduction: "CSV files read from the notebook's folder: a path is relative to it and stays inside it once `..` and symbolic links are resolved; a file is at most 64 MB unless `execute: data-limit:` says more. The report's run summary lists every file read with its size and SHA-256.",
                declarations: SurfaceData.declarations,
                builtins: SurfaceData.reading + SurfaceData.tables),
    ]

    /// `kron`, `Matrix.rows`, `Matrix.init`, `.+`, `Matrix` (a type), `Matrix[…]` (a subscript).
    static func name(of declaration: String, on placement: Builtin.Placement?) -> String {
        let words = declaration.split(separator: " ")
        if let kind = words.firstIndex(where: { ["struct", "enum"].contains($0) }), kind + 1 < words.count {
            return String(words[kind + 1])
        }
        if declaration.hasPrefix("subscript") { return "Matrix[…]" }
        let base = Surface.declaredName(declaration).map { $0.hasPrefix("prefix") ? String($0.dropFirst(6)) : $0 } ?? declaration
        switch placement {
        case .member(let type, _)?, .staticMember(let type)?: return "\(type).\(base)"
        default: return base
        }
    }

    /// A GitHub-style heading anchor: lower case, spaces to hyphens, punctuation dropped.
    static func anchor(_ title: String) -> String {
        String(title.lowercased().compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || $0 == "-" ? $0 : nil) })
    }

    private static func orderedUnique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
