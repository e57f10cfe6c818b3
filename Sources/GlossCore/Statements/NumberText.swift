/// Numbers as messages show them, without Foundation: fixed decimals, trailing zeros dropped.
public enum NumberText {
    /// `value` rounded to at most `decimals` places: 98.37837 at 1 is "98.4", 185.0 is "185".
    public static func plain(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-∞" : "∞" }
        let factor = Precision.power(decimals)
        let scaled = (abs(value) * factor).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let integer = padded.dropLast(decimals)
        var fraction = padded.suffix(decimals)
        while fraction.last == "0" { fraction.removeLast() }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return sign + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
