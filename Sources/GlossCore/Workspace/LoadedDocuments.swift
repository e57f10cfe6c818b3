import Dispatch

/// The documents one load has read, by the name annotation files give them: when several files
/// name one document, it is read, decoded and held once instead of once a file (sixteen files
/// naming a 20 MB article held 1.6 GB). Files are loaded concurrently; two that ask for the same
/// document at the same moment may both read it, and the first to finish is kept.
final class LoadedDocuments: @unchecked Sendable {
    // `states` and `folders` are read and written only on `queue`.
    private let queue = DispatchQueue(label: "gloss.loaded-documents")
    private var states: [String: DocumentState] = [:]
    private var folders: [String: String?] = [:]

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

    /// What `resolve` says of `folder` (its path with links resolved, nil when it leads outside
    /// the workspace), asked by the first document read in it: ten thousand articles in one
    /// folder have it looked at once, not once each.
    func resolvedFolder(_ folder: String, _ resolve: () -> String?) -> String? {
        if let known = queue.sync(execute: { folders[folder] }) { return known }
        let resolved = resolve()
        queue.sync { folders[folder] = resolved }
        return resolved
    }
}
