import ArgumentParser

/// The arguments `gloss report` and `gloss export` share besides the format.
struct ReviewOutputOptions: ParsableArguments {
    @Argument(help: "Annotation files, documents (by path or by name in the documents folder) or folders (default: the annotations folder).")
    var paths: [String] = []

    @Option(name: [.short, .long], help: "Write to this file instead of standard output (`-` is standard output; never over an annotation file, a document or the configuration).")
    var output: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions
}
