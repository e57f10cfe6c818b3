import ArgumentParser
import Foundation
import GlossLSP

/// `gloss lsp`: the language server on standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Serve editors over the Language Server Protocol on standard input and output.",
        discussion: """
            Diagnostics, hover, go to definition, symbols, completion and code actions for articles \
            and annotation files. The workspace is the folder the editor opens (else the current \
            one). Only protocol messages go to standard output; logs go to standard error. Exit \
            codes: 0 after shutdown and exit, 1 when the client leaves without shutdown or standard \
            output cannot be written.
            """
    )

    func run() throws {
        // A client that goes away must end the server through a failed write, not SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let code = StdioServer.run(root: FileManager.default.currentDirectoryPath, git: GitProcess()) { Console.error($0) }
        throw ExitCode(code)
    }
}
