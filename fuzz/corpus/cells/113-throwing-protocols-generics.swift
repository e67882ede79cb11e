// Throwing requirements of protocols, generic functions that throw or rethrow, errors
// that carry generic payloads, and switching over errors by type and case.

enum SensorError: Error, Equatable {
    case offline(String)
    case outOfRange(Double)
}

struct Reading<Value>: Error {
    var value: Value
    var note: String
}

protocol Sensor {
    var name: String { get }
    func read() throws -> Double
}

struct Thermometer: Sensor {
    var name: String
    var celsius: Double
    func read() throws -> Double {
        guard celsius > -273.15 else { throw SensorError.outOfRange(celsius) }
        return celsius
    }
}

struct Broken: Sensor {
    var name: String
    func read() throws -> Double { throw SensorError.offline(name) }
}

struct Constant: Sensor {
    var name: String { "constant" }
    func read() -> Double { 1.5 }   // a non-throwing method meets a throwing requirement
}

let sensors: [any Sensor] = [
    Thermometer(name: "kitchen", celsius: 21.5),
    Broken(name: "attic"),
    Thermometer(name: "lab", celsius: -300),
    Constant(),
]

for sensor in sensors {
    do {
        print(sensor.name, try sensor.read())
    } catch SensorError.offline(let who) {
        print(sensor.name, "is offline (\(who))")
    } catch let error as SensorError {
        print(sensor.name, "failed:", error)
    }
}
print(Constant().read())   // called on the concrete type: no try needed

// A generic function over a protocol with a throwing requirement.
func average<S: Sensor>(_ items: [S]) throws -> Double {
    var total = 0.0
    for item in items { total += try item.read() }
    return total / Double(items.count)
}
let rooms = [Thermometer(name: "a", celsius: 20), Thermometer(name: "b", celsius: 23)]
print(try average(rooms))
print((try? average([Thermometer(name: "c", celsius: -500)])) as Any)

// Generic throwing and rethrowing helpers.
func firstMatch<T>(_ xs: [T], where test: (T) throws -> Bool) rethrows -> T? {
    for x in xs where try test(x) { return x }
    return nil
}
func require<T>(_ value: T?, _ note: String) throws -> T {
    guard let value else { throw Reading(value: 0, note: note) }
    return value
}
print(firstMatch([3, 8, 12]) { $0 > 5 } as Any)
let strict = try? firstMatch([1.0, -2.0]) { x in
    if x < 0 { throw SensorError.outOfRange(x) }
    return x > 10
}
print(strict as Any)
print(try require(Optional(7), "seven"))
do {
    let missing: String? = nil
    print(try require(missing, "no name"))
} catch let reading as Reading<Int> {
    print("reading:", reading.note, reading.value)
}

// Errors whose payload is generic keep their type: a catch tests the instance.
func fail<T>(with value: T) throws {
    throw Reading(value: value, note: "generic")
}
for attempt in 0..<3 {
    do {
        switch attempt {
        case 0: try fail(with: 42)
        case 1: try fail(with: "text")
        default: try fail(with: [1.5, 2.5])
        }
    } catch let r as Reading<Int> {
        print("int reading", r.value + 1)
    } catch let r as Reading<String> {
        print("string reading", r.value.uppercased())
    } catch {
        print("other:", error)
    }
}

// Switching over an `any Error` by case and by type.
func describe(_ error: Error) -> String {
    switch error {
    case SensorError.offline(let name) where name.count > 4:
        return "long offline \(name)"
    case SensorError.offline:
        return "offline"
    case let e as SensorError:
        return "sensor \(e)"
    case is Reading<Int>:
        return "an int reading"
    default:
        return "unknown"
    }
}
let samples: [Error] = [SensorError.offline("attic"), SensorError.offline("hut"), SensorError.outOfRange(-1),
                        Reading(value: 1, note: "x"), Reading(value: "s", note: "y")]
print(samples.map(describe))
print(samples.filter { $0 is SensorError }.count)
print(samples.compactMap { $0 as? SensorError })
print(samples.compactMap { $0 as? SensorError }.contains(.outOfRange(-1)))
