import GlossCore

/// How the commands that add claims write an annotation file: atomically, not at all when it
/// changed since it was read, and with a failure reported against the file, ending with exit code 2.
enum AnnotationWriter {
    /// Writes what `bytes` makes to `path` (workspace-relative), which held `original` when read.
    static func write(to path: String, in workspace: Workspace, expecting original: [UInt8]?,
                      _ bytes: () throws(ClaimAppendError) -> [UInt8]) throws {
        do {
            try workspace.write(try bytes(), toAnnotationFile: path, expecting: original)
        } catch let error as ClaimAppendError {
            Console.error("gloss: \(path): \(error.message)")
            throw GlossExit.usage
        } catch let error as FileSystemError {
            Console.error("gloss: \(path): \(error.message)")
            throw GlossExit.usage
        }
    }
}
