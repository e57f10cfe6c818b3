/// The version of Gloss, reported by `gloss --version` and in machine-readable output.
public enum GlossVersion {
    public static let current = "0.1.0"
}
