import Autodiff
import Linalg
import Plot
import DataFiles

/// Turns a library's thrown error into a cell error kind (data only).
enum LibraryErrors {
    static func kind(of error: any Error) -> CellErrorKind {
        if let cellError = error as? CellError { return cellError.kind }
        if let trap = error as? Trap { return trap.kind }
        if let linalg = error as? LinalgError { return .linalg(linalg) }
        if let autodiff = error as? AutodiffError {
            if case .linalg(let linalg) = autodiff { return .linalg(linalg) }
            return .autodiff(autodiff)
        }
        if let plot = error as? PlotError { return .plot(plot) }
        if let data = error as? DataFileError { return .dataFile(data) }
        return .library(module: String(reflecting: type(of: error)).split(separator: ".").first.map(String.init) ?? "",
                        error: String(describing: error))
    }
}
