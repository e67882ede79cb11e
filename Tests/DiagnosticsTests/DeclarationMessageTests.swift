import Testing
import Cells
@testable import Diagnostics

/// The words of the declaration errors of issue 21 item 3 (lazy, weak and unowned
/// properties, operator declarations), each as swiftc 6 writes it.
@Suite struct DeclarationMessageTests {
    @Test(arguments: [
        (CellErrorKind.lazyLet, "'lazy' cannot be used on a let"),
        (.lazyWithoutInitializer, "lazy properties must have an initializer"),
        (.mutatingGetterOnLet(name: "cache"), "cannot use mutating getter on immutable value: 'cache' is a 'let' constant"),
        (.mutatingGetterOnImmutableSelf, "cannot use mutating getter on immutable value: 'self' is immutable"),
        (.ownershipOfNonClass(modifier: "weak", type: .int), "'weak' may only be applied to class and class-bound protocol types, not 'Int'"),
        (.weakNotOptional(type: .nominal("Node")), "'weak' variable should have optional type 'Node?'"),
        (.unownedReferenceDeallocated, "Fatal error: Attempted to read an unowned reference but the object was already destroyed"),
        (.operatorNotAtFileScope, "'operator' may only be declared at file scope"),
        (.nonClassConformsToClassProtocol(type: .nominal("S"), protocol: "L"), "non-class type 'S' cannot conform to class protocol 'L'"),
        (.declarationOnlyAtFileScope, "declaration is only valid at file scope"),
    ])
    func wordsAreSwiftcs(_ kind: CellErrorKind, _ words: String) {
        #expect(Messages.text(for: kind) == words)
    }
}
