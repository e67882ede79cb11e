import CellValues

/// An error a cell threw (`throw ParseError.bad(s)`), on its way to a `catch`.
///
/// Cells' errors travel as Swift errors, like the interpreter's own: a `throws` closure
/// propagates both at no cost on the path that does not throw. They stay apart by type:
/// a cell's `do`/`catch`, `try?` and `try!` only ever catch a `ThrownError`, never a
/// `CellError` or `Trap` (an overflow, a time limit), which end the cell as Swift's traps
/// end a program. Builtins that call closures (`map`, `sorted(by:)`) pass them through.
///
/// `value` is the error boxed as an `any Error` (an `.existential` value): its dynamic type
/// is what `catch let e as ParseError` and `catch is ParseError` test and what `print(error)`
/// prints. (`@unchecked Sendable`, which `Error` asks for: it never leaves the run's thread.)
struct ThrownError: Error, @unchecked Sendable {
    var value: Value
    /// Where the error left the cell's top-level code (the innermost top-level `try` or
    /// `throw` it passed): an error nothing catches is reported there.
    var line: Int?
    var column: Int?

    init(_ value: Value, line: Int? = nil, column: Int? = nil) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The error as `String(reflecting:)` writes it (`main.ParseError.bad("x")`), which is
    /// how Swift's fatal errors for uncaught errors and `try!` show it.
    func reflected(_ printer: SwiftDescription) -> String {
        printer.debug(value, .existential("Error"))
    }
}
