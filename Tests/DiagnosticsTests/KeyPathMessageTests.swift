import Testing
import Cells
@testable import Diagnostics

/// The words of the key path errors (issue 21 item 3: key paths as values), each as swiftc 6
/// writes it; the corpus's reject programs 700 and 701 check where they are reported.
@Suite struct KeyPathMessageTests {
    @Test(arguments: [
        (CellErrorKind.readOnlyKeyPath(name: "ageKey"), "cannot assign through subscript: 'ageKey' is a read-only key path"),
        (.keyPathRootMismatch(keyPath: .instance("WritableKeyPath", [.nominal("Person"), .string]), base: .nominal("Pet")),
         "key path of type 'WritableKeyPath<Person, String>' cannot be applied to a base of type 'Pet'"),
    ])
    func wordsAreSwiftcs(_ kind: CellErrorKind, _ words: String) {
        #expect(Messages.text(for: kind) == words)
    }
}
