/// A matrix stored and read back exactly (the results cache keeps cells' displayed matrices):
/// its shape and its elements in column-major order. Decoding checks that they agree.
extension Matrix: Codable {
    private enum CodingKeys: String, CodingKey { case rows, cols, elements }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode(Int.self, forKey: .rows)
        let cols = try container.decode(Int.self, forKey: .cols)
        let elements = try container.decode([Double].self, forKey: .elements)
        guard rows >= 0, cols >= 0, rows.multipliedReportingOverflow(by: cols) == (elements.count, false) else {
            throw DecodingError.dataCorruptedError(forKey: .elements, in: container,
                                                   debugDescription: "\(elements.count) elements for a \(rows)×\(cols) matrix")
        }
        self.init(rows: rows, cols: cols, unchecked: elements)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(cols, forKey: .cols)
        try container.encode(columnMajorElements, forKey: .elements)
    }
}
