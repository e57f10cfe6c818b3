extension AnchoredClaim {
    /// Who the claim is attributed to, in words for a message: "attributed to The Paper, citing
    /// Lanzhou city government". Private sources are "a withheld source", never named.
    public func attributionPhrase(_ registry: Registry) -> String {
        switch claim.attributedTo?.value {
        case nil:
            return "with no attribution recorded"
        case .unattributed:
            return "unattributed"
        case .chain(let ids):
            let names = ids.map { id in
                guard let source = registry.source(id.value) else { return id.value }
                return source.isPrivate ? "a withheld source" : source.name?.value ?? id.value
            }
            return "attributed to " + names.joined(separator: ", citing ")
        }
    }
}
