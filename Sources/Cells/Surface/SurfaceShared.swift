extension Surface {
    /// The whole declared surface: the standard library and the notebook library.
    static let shared = Surface(
        nominals: Set(["Matrix", "Tracked", "Trajectory", "MatrixTrajectory", "FlowMethod"]).union(SurfacePlot.nominals)
            .union(SurfaceData.nominals),
        enums: [
            EnumLayout(name: "FloatingPointRoundingRule", cases: [
                "toNearestOrAwayFromZero", "toNearestOrEven", "up", "down", "towardZero", "awayFromZero",
            ].map { .init(name: $0, payload: []) }, isLibrary: true),
            EnumLayout(name: "FloatingPointSign", cases: [.init(name: "plus", payload: []), .init(name: "minus", payload: [])],
                       isLibrary: true),
        ] + SurfaceLinalg.enums + SurfaceDifferentialEquations.enums + SurfacePlot.enums + SurfaceData.enums,
        entries: SurfaceStandardLibrary.entries + SurfaceLinalg.entries + SurfaceAutodiff.entries
            + SurfacePlot.entries + SurfaceData.entries)
}
