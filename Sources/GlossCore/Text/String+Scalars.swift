extension String {
    /// The Unicode scalars in an array. Every claim's quote and context are converted when it is
    /// anchored; most are ASCII, whose bytes are the scalars, which spares the scalar view's
    /// decoding (it also walks the string twice, to count and to copy).
    var scalarArray: [Unicode.Scalar] {
        withUTF8Bytes { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : Array(unicodeScalars)
        }
    }
}
