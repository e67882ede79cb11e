import Testing
import Cells
@testable import Diagnostics

/// "… is not supported in notebook cells" says why (issue 21): a rule (no threads, no outside
/// world, no pointers) names the rule and what it protects; a gap in the cell language says "yet".
@Suite struct UnsupportedMessageTests {
    @Test(arguments: [
        (UnsupportedConstruct.actor,
         "'actor' is not supported in notebook cells: a cell runs on one thread, start to end, so that its results are the same on every run"),
        (.type(written: "Thread"),
         "type 'Thread' is not supported in notebook cells: a cell runs on one thread, start to end, so that its results are the same on every run"),
        (.importOf(module: "Network"),
         "import of module 'Network' is not supported in notebook cells: a cell sees only the standard library and nb's library (no files, network, clock or C code), so that any notebook is safe to render"),
        (.type(written: "Date"),
         "type 'Date' is not supported in notebook cells: a cell sees only the standard library and nb's library (no files, network, clock or C code), so that any notebook is safe to render"),
        (.type(written: "UnsafeMutablePointer<Int>"),
         "type 'UnsafeMutablePointer<Int>' is not supported in notebook cells: a cell has no pointers or unmanaged memory, so that no notebook can write outside its values"),
        (.globalVariables(limit: 4096), "more than 4096 global variables is not supported in notebook cells: it passes a limit of the run"),
        (.typedThrows, "typed throws is not supported in notebook cells yet"),
        (.type(written: "AnyObject"), "type 'AnyObject' is not supported in notebook cells yet"),
        (.lazySequence, "'lazy' of this sequence is not supported in notebook cells yet"),
        (.lazyCollectionMember(name: "prefix"), "'prefix' of a lazy sequence is not supported in notebook cells yet"),
    ])
    func saysWhy(_ construct: UnsupportedConstruct, _ words: String) {
        #expect(Messages.text(for: CellErrorKind.notSupported(construct: construct)) == words)
    }
}
