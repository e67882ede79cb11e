import CLapack
#if canImport(Glibc)
import Glibc
#endif

/// Process-wide settings that matrix code needs, applied once, on the first allocation
/// of a matrix (`Matrix.init(rows:cols:fill:)`): glibc's heap and OpenBLAS's threads.
@usableFromInline
enum ProcessTuning {
    @usableFromInline
    static let applied: Bool = {
        BLASThreading.useOneThread()
        return AllocatorTuning.apply()
    }()
}

/// OpenBLAS computes on the calling thread only.
///
/// Two reasons. Notebooks' matrices are small, where worker threads cost more than they
/// save (and OpenBLAS's idle workers spin for a while after each call, taking a core
/// from whatever else runs). And a product split across threads sums in an order that
/// depends on the number of threads, so one thread gives the same bits on a 2-core CI
/// machine and an 8-core laptop: the same notebook, the same report.
public enum BLASThreading {
    /// Sets OpenBLAS to one thread (idempotent).
    public static func useOneThread() { openblas_set_num_threads(1) }

    /// How many threads OpenBLAS uses now.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }
}

/// Keeps glibc's heap from shrinking after every temporary.
///
/// Matrix code allocates and frees a result per operation. With glibc's defaults, once
/// the freed block at the top of the heap exceeds 128 KiB (two 50×200 temporaries), `free`
/// returns it to the kernel and the next allocation faults the same pages back in:
/// measured at over 40% of the time of a small gradient-descent loop. Linalg therefore
/// raises `M_TRIM_THRESHOLD` to 256 MiB and fixes `M_MMAP_THRESHOLD` at 32 MiB (which
/// also stops glibc's dynamic threshold from moving), once, on the first allocation of
/// a matrix. This is process-wide: memory up to the trim threshold freed by the process
/// stays reserved for reuse instead of returning to the system. No effect off glibc.
enum AllocatorTuning {
    /// Whether the settings could be applied (glibc only).
    static func apply() -> Bool {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not export:
        // look it up (RTLD_DEFAULT) and call it through a C function pointer.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)   // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 256 << 20)
        return true
        #else
        return false
        #endif
    }
}
