/// Why a document could not be read: the file itself, or its text.
enum DocumentReadError: Error {
    case file(FileSystemError)
    case text(SourceTextError)

    var message: String {
        switch self {
        case .file(let error): error.message
        case .text(let error): error.message
        }
    }
}

extension Workspace {
    /// A document's bytes and its text, read within the configured size limit. Checking, adding
    /// and suggesting claims all read documents this way, so the limit and the decoding agree.
    func readDocument(atAbsolutePath path: String) throws(DocumentReadError) -> (bytes: [UInt8], text: SourceText) {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path, limit: configuration.limits.maxDocumentBytes)
        } catch {
            throw .file(error)
        }
        do {
            return (bytes, try SourceText(decoding: bytes))
        } catch {
            throw .text(error)
        }
    }
}
