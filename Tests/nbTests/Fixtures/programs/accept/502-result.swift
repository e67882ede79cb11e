// Result<Success, Failure>: returned by functions that can fail, switched over, and
// transformed with get(), map, mapError and flatMap.
enum MathError: Error {
    case negative(Double)
    case zero
}
struct Wrapped: Error {
    let inner: MathError
}

func root(_ x: Double) -> Result<Double, MathError> {
    if x < 0 { return .failure(.negative(x)) }
    if x == 0 { return .failure(.zero) }
    return .success(x.squareRoot())
}

func reciprocal(_ x: Double) -> Result<Double, MathError> {
    x == 0 ? .failure(.zero) : .success(1 / x)
}

for v in [4.0, -1.0, 0.0, 0.25] {
    let r = root(v)
    switch r {
    case .success(let s): print("root", s)
    case .failure(let e): print("error", e)
    }
    print(r, r.map { $0 * 2 }, r.mapError { Wrapped(inner: $0) })
    do {
        print(try r.get())
    } catch {
        print("caught", error)
    }
    print(r.flatMap(reciprocal), r.flatMap { s -> Result<Int, MathError> in s > 1 ? .success(Int(s)) : .failure(.zero) })
}

let results = [4.0, -9.0, 16.0].map(root)
print(results)
let values = results.compactMap { try? $0.get() }
print(values, values.reduce(0, +))
var failures = 0
for case .failure(let e) in results {
    failures += 1
    print("failed:", e)
}
print(failures)
if case .success(let first) = results[0] { print("first", first) }
let anyError: Result<Int, Error> = .failure(MathError.zero)
print((try? anyError.get()) ?? -1)
let ok: Result<String, Error> = .success("fine")
print(ok, (try? ok.get()) ?? "")
let floats: [Result<Float, MathError>] = [.success(0.1), .failure(.zero)]
print(floats, floats.map { $0.map { $0 * 3 } })
print([anyError], [ok.map { $0.count }], type(of: anyError))
