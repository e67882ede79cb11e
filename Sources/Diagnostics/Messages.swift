/// The one place that writes what went wrong in words. Each module's error
/// kinds get a `text(for:)` overload in a file of their own
/// (`CellMessages.swift`, `TeXMessages.swift`, …).
public enum Messages {}
