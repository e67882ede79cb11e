import SwiftSyntax

/// Structs and enums declared inside a type (`struct Card { enum Suit { … } }`): filed as
/// `Card.Suit`, which is how Swift names them outside (and prints them inside collections,
/// `main.Card.Suit.spades`); inside `Card`, the bare `Suit` means that type.
extension Checker {
    /// The nested types of a type's body, as `(name, full name, declaration)`.
    func nestedTypes(of members: MemberBlockSyntax, in outer: String) -> [(name: String, fullName: String, decl: DeclSyntax)] {
        members.members.compactMap { member in
            if let structDecl = member.decl.as(StructDeclSyntax.self) {
                return (structDecl.name.text, "\(outer).\(structDecl.name.text)", member.decl)
            }
            if let enumDecl = member.decl.as(EnumDeclSyntax.self) {
                return (enumDecl.name.text, "\(outer).\(enumDecl.name.text)", member.decl)
            }
            return nil
        }
    }

    /// Declares a type's nested types (names first, then members) and compiles `body` (the
    /// outer type's own members) with their bare names in scope. Returns the nested types'
    /// creations followed by `body`'s.
    func withNestedTypes(of members: MemberBlockSyntax, in outer: String,
                         _ body: () throws -> [Statement]) throws -> [Statement] {
        let nested = nestedTypes(of: members, in: outer)
        let aliases = try memberTypeAliases(of: members, in: outer)
        guard !nested.isEmpty || !aliases.isEmpty else { return try body() }
        let outerBindings = genericBindings
        genericBindings.merge(aliases) { $1 }
        defer { genericBindings = outerBindings }
        for type in nested {
            if let structDecl = type.decl.as(StructDeclSyntax.self) {
                if let generics = structDecl.genericParameterClause { throw notSupported(.genericNestedStruct, generics) }
                if declarations.structLayout(type.fullName) != nil { throw error(.invalidRedeclaration(name: type.name), at: structDecl.name) }
                try declareStructLayout(structDecl, as: type.fullName)
            } else if let enumDecl = type.decl.as(EnumDeclSyntax.self) {
                try declareEnum(enumDecl, as: type.fullName)
            }
        }
        let saved = genericBindings
        for type in nested { genericBindings[type.name] = .nominal(type.fullName) }
        defer { genericBindings = saved }
        var creations: [Statement] = []
        for type in nested {
            if let structDecl = type.decl.as(StructDeclSyntax.self) {
                creations += try declareStructMembers(structDecl, as: .nominal(type.fullName))
            } else if let enumDecl = type.decl.as(EnumDeclSyntax.self) {
                creations += try declareEnumMembers(enumDecl, as: type.fullName)
            }
        }
        return creations + (try body())
    }

    /// `typealias Item = Double` in a type's body: filed as `Bag.Item` (how a conformance gives
    /// an associated type, `AssociatedTypes.swift`), and the bare `Item` inside the type.
    func memberTypeAliases(of members: MemberBlockSyntax, in outer: String) throws -> [String: CellType] {
        var result: [String: CellType] = [:]
        for member in members.members {
            guard let alias = member.decl.as(TypeAliasDeclSyntax.self) else { continue }
            let type = try resolveType(alias.initializer.value)
            declarations.typeAliases["\(outer).\(alias.name.text)"] = type
            result[alias.name.text] = type
        }
        return result
    }

    /// `Card.Suit` written in an expression (`Card.Suit.hearts`, `Card.Rank(value: 2)`): the
    /// nested type it names.
    func nestedTypeName(_ expr: ExprSyntax) -> String? {
        guard let member = expr.as(MemberAccessExprSyntax.self), let base = member.base else { return nil }
        let outer = staticBaseName(base) ?? nestedTypeName(base)
        guard let outer else { return nil }
        let full = "\(outer).\(member.declName.baseName.text)"
        return declarations.structLayout(full) != nil || declarations.enumLayout(full) != nil ? full : nil
    }
}
