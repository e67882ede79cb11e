import SwiftOperators
import SwiftParser
import SwiftSyntax

/// The operators and precedence groups a notebook's cells declare, added to the table that
/// every cell is folded with. As in one Swift file, a declaration applies to every cell,
/// before it or after it (docs/ARCHITECTURE.md, "Cells: declarations").
///
/// swift-syntax 603 reads a `lowerThan` relation the wrong way round (`precedence(relating:to:)`
/// answers `.lowerThan` where the group declared `lowerThan` is the second one), and relates
/// two groups through one kind of relation at a time, where swiftc combines both (with
/// `DotProduct` declared `lowerThan: AdditionPrecedence`, swiftc orders `2 * u • v`). So when
/// cells declare groups, the table is made anew from every group and operator (the base
/// table's own, read from its description, and the cells'), each group with a `higherThan`
/// relation to every group directly below it, and none with `lowerThan`: the relations
/// swift-syntax follows correctly.
enum CellOperators {
    /// `base` with the declarations of `sources` added. Only cells that mention `operator` or
    /// `precedencegroup` are parsed for them; a declaration the table refuses (one declared
    /// twice) is left out, and the uses of an operator in an unknown group are reported by
    /// folding.
    static func table(adding sources: [CellSource], to base: OperatorTable) -> OperatorTable {
        var groupDecls: [PrecedenceGroupDeclSyntax] = []
        var operatorDecls: [OperatorDeclSyntax] = []
        for source in sources where source.code.contains("operator") || source.code.contains("precedencegroup") {
            guard CellLimits.overNestedBracket(in: source.code) == nil else { continue }
            for item in Parser.parse(source: source.code).statements {
                if let decl = item.item.as(PrecedenceGroupDeclSyntax.self) { groupDecls.append(decl) }
                if let decl = item.item.as(OperatorDeclSyntax.self) { operatorDecls.append(decl) }
            }
        }
        if groupDecls.isEmpty {
            guard !operatorDecls.isEmpty else { return base }
            var table = base
            table.addSourceFile(Parser.parse(source: operatorDecls.map(\.trimmedDescription).joined(separator: "\n"))) { _ in }
            return table
        }
        var groups: [PrecedenceGroup] = []
        var operators: [Operator] = []
        for item in Parser.parse(source: base.description).statements {
            if let decl = item.item.as(PrecedenceGroupDeclSyntax.self) { groups.append(group(decl)) }
            if let decl = item.item.as(OperatorDeclSyntax.self) { operators.append(semantics(decl)) }
        }
        let known = Set(groups.map(\.name))
        groups += groupDecls.filter { !known.contains($0.name.text) }.map(group)
        operators += operatorDecls.map(semantics)
        // Each group with the groups directly below it.
        var below: [String: [String]] = [:]
        for group in groups {
            for relation in group.relations {
                switch relation.kind {
                case .higherThan: below[group.name, default: []].append(relation.groupName)
                case .lowerThan: below[relation.groupName, default: []].append(group.name)
                }
            }
        }
        for index in groups.indices {
            groups[index].relations = (below[groups[index].name] ?? []).map { .higherThan($0) }
        }
        return OperatorTable(precedenceGroups: groups, operators: operators) { _ in }
    }

    /// An operator as declared.
    private static func semantics(_ decl: OperatorDeclSyntax) -> Operator {
        Operator(kind: OperatorKind(rawValue: decl.fixitySpecifier.text) ?? .infix, name: decl.name.text,
                 precedenceGroup: decl.operatorPrecedenceAndTypes?.precedenceGroup.text, syntax: decl)
    }

    /// A group as declared (what swift-syntax reads from the declaration).
    private static func group(_ decl: PrecedenceGroupDeclSyntax) -> PrecedenceGroup {
        var group = PrecedenceGroup(name: decl.name.text)
        for attribute in decl.groupAttributes {
            switch attribute {
            case .precedenceGroupRelation(let relation):
                let isLower = relation.higherThanOrLowerThanLabel.tokenKind == .keyword(.lowerThan)
                for other in relation.precedenceGroups {
                    group.relations.append(isLower ? .lowerThan(other.name.text) : .higherThan(other.name.text))
                }
            case .precedenceGroupAssignment(let assignment):
                group.assignment = assignment.value.tokenKind == .keyword(.true)
            case .precedenceGroupAssociativity(let associativity):
                switch associativity.value.tokenKind {
                case .keyword(.left): group.associativity = .left
                case .keyword(.right): group.associativity = .right
                default: group.associativity = .none
                }
            }
        }
        return group
    }
}
