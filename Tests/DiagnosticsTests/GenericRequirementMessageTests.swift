import Testing
import Cells
@testable import Diagnostics

/// The words of the errors about generic requirements on associated types (issue 21 item 3),
/// each as swiftc 6 writes it for corpus programs reject/801, reject/802 and reject/812.
@Suite struct GenericRequirementMessageTests {
    @Test(arguments: [
        (CellErrorKind.sameTypeRequirementNotMet(owner: .function(.globalFunction, name: "total"), associated: "String.Element",
                                                 type: .character, required: .int),
         "global function 'total' requires the types 'String.Element' (aka 'Character') and 'Int' be equivalent"),
        (.sameTypeRequirementNotMet(owner: .function(.globalFunction, name: "total"), associated: "String",
                                    type: .string, required: .int),
         "global function 'total' requires the types 'String' and 'Int' be equivalent"),   // `S: Stack<Int>` (reject/812)
        (.extensionRequirementNotMet(member: "uniqued()", isProperty: false, extended: "Sequence", type: .nominal("Point"),
                                     protocol: "Hashable"),
         "referencing instance method 'uniqued()' on 'Sequence' requires that 'Point' conform to 'Hashable'"),
        (.extensionRequirementNotMet(member: "total", isProperty: true, extended: "Collection", type: .string,
                                     protocol: "Numeric"),
         "property 'total' requires that 'String' conform to 'Numeric'"),
    ])
    func wordsAreSwiftcs(_ kind: CellErrorKind, _ words: String) {
        #expect(Messages.text(for: kind) == words)
    }
}
