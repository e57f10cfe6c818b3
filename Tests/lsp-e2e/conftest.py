"""End-to-end tests of `gloss lsp` driven by pytest-lsp, an independent LSP client.

The server is the built binary: GLOSS_BIN, else `.build/debug/gloss` in the repository. Each test
gets its own copy of the fixture workspace in `workspace/`.
"""

import os
import pathlib
import shutil
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

HERE = pathlib.Path(__file__).parent
REPOSITORY = HERE.parent.parent
GLOSS = os.environ.get("GLOSS_BIN", str(REPOSITORY / ".build" / "debug" / "gloss"))

if not os.access(GLOSS, os.X_OK):
    sys.exit(f"lsp-e2e: no gloss binary at {GLOSS}; run `swift build` or set GLOSS_BIN")


@pytest.fixture
def workspace(tmp_path):
    """A fresh copy of the fixture workspace."""
    root = tmp_path / "workspace"
    shutil.copytree(HERE / "workspace", root)
    return root


def uri(root: pathlib.Path, relative: str) -> str:
    return (root / relative).as_uri()


def position_of(text: str, needle: str, encoding: str = "utf-16") -> types.Position:
    """The LSP position of the first occurrence of `needle`, counted in `encoding`."""
    line_number, line = next((n, line) for n, line in enumerate(text.split("\n")) if needle in line)
    before = line[: line.index(needle)]
    width = {"utf-8": len(before.encode("utf-8")), "utf-16": len(before.encode("utf-16-le")) // 2, "utf-32": len(before)}
    return types.Position(line=line_number, character=width[encoding])


def record_applied_edits(client: LanguageClient) -> list:
    """Answers `workspace/applyEdit` as an editor that applied it, keeping the edits."""
    applied = []

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        applied.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    return applied


def record_registrations(client: LanguageClient) -> list:
    """Answers `client/registerCapability` as VS Code does, keeping the registrations."""
    registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        registrations.extend(params.registrations)
        return None

    return registrations


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[GLOSS, "lsp"]))
async def client(lsp_client: LanguageClient, workspace):
    """A VS Code-like client (UTF-16 positions, applyEdit, documentChanges, dynamic registration
    of file watchers) on the workspace."""
    capabilities = client_capabilities("visual-studio-code")
    lsp_client.applied_edits = record_applied_edits(lsp_client)
    lsp_client.registrations = record_registrations(lsp_client)
    lsp_client.root = workspace
    lsp_client.initialize_result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=capabilities, root_uri=workspace.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[GLOSS, "lsp"]))
async def utf8_client(lsp_client: LanguageClient, workspace):
    """A client that offers UTF-8 positions."""
    capabilities = types.ClientCapabilities(general=types.GeneralClientCapabilities(position_encodings=["utf-8", "utf-16"]))
    lsp_client.root = workspace
    lsp_client.initialize_result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=capabilities, root_uri=workspace.as_uri())
    )
    yield
    await lsp_client.shutdown_session()
