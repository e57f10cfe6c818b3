extension Statement {
    /// The value as written, quoted for a message, with the `unit:` it is read in when
    /// `withUnit` and it has one: `48` alone would not say why it conflicts with `3 days`.
    func writtenValue(withUnit: Bool) -> String {
        "`\(value?.value ?? "")`" + (withUnit ? unit.map { " (`unit: \($0.value)`)" } ?? "" : "")
    }
}
