extension Surface {
    /// The whole declared surface: the standard library and the notebook library.
    static let shared = Surface(
        nominals: ["Matrix", "Figure"],
        entries: SurfaceStandardLibrary.entries)
}
