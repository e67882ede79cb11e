import Testing
import Cells
@testable import Diagnostics

/// The words of the key path and `AnyObject` errors (issue 21 item 3), each as swiftc 6
/// writes it; the corpus's reject programs 700 and 701 check where they are reported.
@Suite struct KeyPathMessageTests {
    @Test(arguments: [
        (CellErrorKind.readOnlyKeyPath(name: "ageKey"), "cannot assign through subscript: 'ageKey' is a read-only key path"),
        (.keyPathRootMismatch(keyPath: .instance("WritableKeyPath", [.nominal("Person"), .string]), base: .nominal("Pet")),
         "key path of type 'WritableKeyPath<Person, String>' cannot be applied to a base of type 'Pet'"),
        (.notClassInstance(type: .int, context: .specifiedType), "value of type 'Int' expected to be instance of class or class-constrained type"),
        (.notClassInstance(type: .int, context: .argument), "argument type 'Int' expected to be an instance of a class or class-constrained type"),
        (.notClassInstance(type: .int, context: .assignment),
         "value of type 'Int' expected to be an instance of a class or class-constrained type in assignment"),
        (.notClassInstance(type: .int, context: .returnValue),
         "return expression of type 'Int' expected to be an instance of a class or class-constrained type"),
    ])
    func wordsAreSwiftcs(_ kind: CellErrorKind, _ words: String) {
        #expect(Messages.text(for: kind) == words)
    }
}
