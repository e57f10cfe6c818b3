import asyncio
import json
import subprocess

from lsprotocol import types

from conftest import GLOSS, position_of, uri

ARTICLE = "Sources-Docs/report.md"
ANNOTATIONS = "Annotations/report.yaml"


async def open_document(client, relative: str) -> str:
    text = (client.root / relative).read_text(encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri(client.root, relative), language_id="markdown", version=1, text=text)
        )
    )
    return text


async def diagnostics_for(client, relative: str):
    """Waits until diagnostics for the file have arrived."""
    target = uri(client.root, relative)
    for _ in range(50):
        if target in client.diagnostics:
            return client.diagnostics[target]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no diagnostics for {relative}: {list(client.diagnostics)}")


def at(client, relative: str, text: str, needle: str, encoding: str = "utf-16"):
    position = position_of(text, needle, encoding)
    return types.TextDocumentPositionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client.root, relative)),
        position=types.Position(line=position.line, character=position.character + 1),
    )


async def test_initialize_negotiates_utf16_for_vscode(client):
    capabilities = client.initialize_result.capabilities
    assert capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert capabilities.hover_provider and capabilities.definition_provider
    assert list(capabilities.execute_command_provider.commands) == ["gloss.annotate"]


async def test_the_server_asks_to_watch_the_workspaces_files(client):
    for _ in range(50):
        if client.registrations:
            break
        await asyncio.sleep(0.1)
    methods = [registration.method for registration in client.registrations]
    assert methods == ["workspace/didChangeWatchedFiles"]
    patterns = [watcher["globPattern"] for watcher in client.registrations[0].register_options["watchers"]]
    assert "**/*.{yaml,yml}" in patterns


async def test_article_diagnostics(client):
    text = await open_document(client, ARTICLE)
    diagnostics = await diagnostics_for(client, ARTICLE)
    by_code = {}
    for diagnostic in diagnostics:
        by_code.setdefault(diagnostic.code, []).append(diagnostic)
    assert by_code["unreviewed"][0].severity == types.DiagnosticSeverity.Information
    refuted = by_code["refuted"][0]
    assert refuted.severity == types.DiagnosticSeverity.Warning
    # After 兰州, 🙂 and 😀😀: the position is counted in UTF-16 units.
    assert refuted.range.start == position_of(text, "185 cases")
    conflict = by_code["statement-conflict"][0]
    assert conflict.severity == types.DiagnosticSeverity.Error
    assert conflict.range.start == position_of(text, "250 cases")
    assert any(info.location.uri == uri(client.root, ANNOTATIONS) for info in conflict.related_information)


async def test_annotation_diagnostics_at_their_yaml_positions(client):
    text = (client.root / ANNOTATIONS).read_text(encoding="utf-8")
    diagnostics = await diagnostics_for(client, ANNOTATIONS)
    conflict = next(d for d in diagnostics if d.code == "statement-conflict")
    assert conflict.range.start == position_of(text, '"250"')
    unreviewed = next(d for d in diagnostics if d.code == "unreviewed")
    assert unreviewed.range.start == position_of(text, "hungry-quote")


async def test_utf8_positions(utf8_client):
    assert utf8_client.initialize_result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    text = await open_document(utf8_client, ARTICLE)
    diagnostics = await diagnostics_for(utf8_client, ARTICLE)
    refuted = next(d for d in diagnostics if d.code == "refuted")
    assert refuted.range.start == position_of(text, "185 cases", "utf-8")
    hungry = next(d for d in diagnostics if "hungry-quote" in d.message)
    assert hungry.range.start == position_of(text, "we are hungry", "utf-8")
    assert hungry.range.start.character == len('居民说 "'.encode("utf-8"))


async def test_hover_shows_the_claim_card(client):
    text = await open_document(client, ARTICLE)
    hover = await client.text_document_hover_async(types.HoverParams(**vars_of(at(client, ARTICLE, text, "185 cases"))))
    assert hover.contents.kind == types.MarkupKind.Markdown
    for expected in ["official-cases", "Officials counted 185 cases", "**refuted**", "alice", "https://example.org/count"]:
        assert expected in hover.contents.value


async def test_hover_in_yaml_shows_the_words_in_context(client):
    text = (client.root / ANNOTATIONS).read_text(encoding="utf-8")
    hover = await client.text_document_hover_async(types.HoverParams(**vars_of(at(client, ANNOTATIONS, text, "outlet-cases"))))
    assert "Another outlet said **250 cases** were found" in hover.contents.value


async def test_definition_goes_both_ways(client):
    article = await open_document(client, ARTICLE)
    yaml = (client.root / ANNOTATIONS).read_text(encoding="utf-8")
    to_claim = await client.text_document_definition_async(types.DefinitionParams(**vars_of(at(client, ARTICLE, article, "250 cases"))))
    location = to_claim[0] if isinstance(to_claim, list) else to_claim
    assert location.uri == uri(client.root, ANNOTATIONS)
    assert location.range.start == position_of(yaml, "outlet-cases")
    to_span = await client.text_document_definition_async(types.DefinitionParams(**vars_of(at(client, ANNOTATIONS, yaml, "outlet-cases"))))
    location = to_span[0] if isinstance(to_span, list) else to_span
    assert location.uri == uri(client.root, ARTICLE)
    assert location.range.start == position_of(article, "250 cases")


async def test_symbols_list_the_claims(client):
    await open_document(client, ARTICLE)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri(client.root, ARTICLE)))
    )
    assert [symbol.name for symbol in symbols] == ["hungry-quote", "official-cases", "outlet-cases"]


async def test_completion_by_key(client):
    yaml = (client.root / ANNOTATIONS).read_text(encoding="utf-8")

    async def labels(after: str):
        position = position_of(yaml, after)
        result = await client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=uri(client.root, ANNOTATIONS)),
                position=types.Position(line=position.line, character=position.character + len(after)),
            )
        )
        return [item.label for item in result.items]

    assert await labels("kind: ") == ["location", "quote", "number", "date", "event", "attribution"]
    assert await labels("verdict: ") == ["supported", "refuted", "misleading", "unverifiable"]
    assert await labels("attributed_to: ") == ["unattributed", "officials"]


async def test_annotate_selection_adds_the_claim(client):
    text = await open_document(client, ARTICLE)
    start = position_of(text, "七里河")
    selection = types.Range(start=start, end=types.Position(line=start.line, character=start.character + 3))
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri(client.root, ARTICLE)),
            range=selection,
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    titles = [action.title for action in actions]
    for kind in ["quote", "number", "location", "date", "attribution"]:
        assert f"Annotate as {kind} claim" in titles
    action = next(action for action in actions if action.title == "Annotate as location claim")
    claim_id = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=action.command, arguments=action.arguments)
    )
    for _ in range(50):
        if client.applied_edits:
            break
        await asyncio.sleep(0.1)
    edit = client.applied_edits[0].edit
    # VS Code supports documentChanges: one edit of the annotation file, for any version.
    (change,) = edit.document_changes
    assert change.text_document.uri == uri(client.root, ANNOTATIONS)
    (text_edit,) = change.edits
    assert f"- id: {claim_id}" in text_edit.new_text and "quote: 七里河" in text_edit.new_text

    # Applied to the file, the claim anchors exactly where it was selected (it is new: unreviewed).
    path = client.root / ANNOTATIONS
    lines = path.read_text(encoding="utf-8").split("\n")
    assert text_edit.range.start == text_edit.range.end
    line = lines[text_edit.range.start.line]
    lines[text_edit.range.start.line] = line[: text_edit.range.start.character] + text_edit.new_text + line[text_edit.range.start.character:]
    path.write_text("\n".join(lines), encoding="utf-8")
    check = subprocess.run([GLOSS, "check", "--format", "json"], cwd=client.root, capture_output=True, text=True)
    findings = [d for d in json.loads(check.stdout)["diagnostics"] if d.get("claim") == claim_id]
    rules = [d["rule"] for d in findings]
    assert "unreviewed" in rules and not any(rule.startswith("anchor-") for rule in rules), rules


async def test_unknown_documents_and_positions(client):
    outside = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri="file:///etc/hostname"), position=types.Position(line=0, character=0)
    )
    assert await client.text_document_hover_async(outside) is None
    text = await open_document(client, ARTICLE)
    far = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client.root, ARTICLE)), position=types.Position(line=999, character=0)
    )
    assert await client.text_document_hover_async(far) is None
    # Still serving after both.
    hover = await client.text_document_hover_async(types.HoverParams(**vars_of(at(client, ARTICLE, text, "we are hungry"))))
    assert "hungry-quote" in hover.contents.value


def vars_of(params: types.TextDocumentPositionParams) -> dict:
    return {"text_document": params.text_document, "position": params.position}


async def test_a_document_linked_from_outside_is_not_read(client, tmp_path):
    """A symbolic link out of the workspace is read as `gloss add` reads it: not at all, so code
    actions offer nothing that would reveal the outside file's text."""
    outside = tmp_path / "outside.md"
    outside.write_text("A secret line from outside the workspace.\n", encoding="utf-8")
    (client.root / "Sources-Docs" / "link.md").symlink_to(outside)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri(client.root, "Sources-Docs/link.md")),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=8)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert not actions
