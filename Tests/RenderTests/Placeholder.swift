import Testing
@testable import Render

@Test func moduleLinks() { }
