import Dispatch

/// The documents one load has read, by the name annotation files give them: when several files
/// name one document, it is read, decoded and held once instead of once a file (sixteen files
/// naming a 20 MB article held 1.6 GB). Files are loaded concurrently; two that ask for the same
/// document at the same moment may both read it, and the first to finish is kept.
final class LoadedDocuments: @unchecked Sendable {
    // `states` is read and written only on `queue`.
    private let queue = DispatchQueue(label: "gloss.loaded-documents")
    private var states: [String: DocumentState] = [:]

    /// The document `named`, read with `read` by the first file that names it.
    func state(named: String, _ read: () -> DocumentState) -> DocumentState {
        if let known = queue.sync(execute: { states[named] }) { return known }
        let state = read()
        return queue.sync {
            if let known = states[named] { return known }
            states[named] = state
            return state
        }
    }
}
