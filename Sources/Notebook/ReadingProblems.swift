/// Everything wrong with one notebook, collected while it is read so that a
/// run reports all of it at once, as swiftc does, instead of stopping at the
/// first problem. Belongs to one read (never shared between notebooks).
struct ReadingProblems {
    var errors: [NotebookError] = []
    var warnings: [NotebookWarning] = []

    mutating func add(_ error: NotebookError) {
        errors.append(error)
    }

    mutating func warn(line: Int, column: Int, _ kind: NotebookWarningKind) {
        warnings.append(NotebookWarning(line: line, column: column, kind: kind))
    }
}
