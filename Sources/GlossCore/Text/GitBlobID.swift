/// Git's name for a file's content, so that an annotation can record which version of a document
/// its anchors were written against (`revision`) without running git.
public enum GitBlobID {
    /// The blob id of a file's raw bytes (a byte order mark included): the lowercase hexadecimal
    /// SHA-1 of `blob <byte count>\0` followed by the bytes, as `git hash-object` prints it.
    public static func of(_ bytes: [UInt8]) -> String {
        SHA1.hexDigest(prefix: Array("blob \(bytes.count)\0".utf8), bytes)
    }
}
