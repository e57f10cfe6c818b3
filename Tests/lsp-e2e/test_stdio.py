"""The server process itself on stdio: only protocol on stdout, exit codes per the specification,
and a malformed frame skipped rather than fatal."""

import json
import subprocess

from conftest import GLOSS


def frame(message) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def run(stdin: bytes, root) -> subprocess.CompletedProcess:
    return subprocess.run([GLOSS, "lsp"], input=stdin, capture_output=True, cwd=root, timeout=60)


def messages(stdout: bytes) -> list:
    found = []
    while stdout:
        header, _, rest = stdout.partition(b"\r\n\r\n")
        assert header.startswith(b"Content-Length: "), stdout[:80]
        length = int(header.split(b": ")[1])
        found.append(json.loads(rest[:length]))
        stdout = rest[length:]
    return found


INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}


def test_exit_without_shutdown_is_an_error(workspace):
    result = run(frame(INITIALIZE) + frame({"jsonrpc": "2.0", "method": "exit"}), workspace)
    assert result.returncode == 1


def test_closing_the_input_without_shutdown_is_an_error(workspace):
    result = run(frame(INITIALIZE), workspace)
    assert result.returncode == 1
    assert b"without shutdown" in result.stderr


def test_a_clean_session_exits_zero_with_only_protocol_on_stdout(workspace):
    stdin = (
        frame({"jsonrpc": "2.0", "id": 0, "method": "textDocument/hover", "params": {}})
        + frame(INITIALIZE)
        + b"Content-Length: nope\r\n\r\n{}"
        + b"Content-Length: 9\r\n\r\n{garbage}"
        + frame({"jsonrpc": "2.0", "id": 2, "method": "no/such/method"})
        + frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
        + frame({"jsonrpc": "2.0", "method": "exit"})
    )
    result = run(stdin, workspace)
    assert result.returncode == 0
    replies = {json.dumps(m.get("id")): m for m in messages(result.stdout) if "method" not in m}
    assert replies["0"]["error"]["code"] == -32002
    assert "capabilities" in replies["1"]["result"]
    assert replies["null"]["error"]["code"] == -32700
    assert replies["2"]["error"]["code"] == -32601
    assert replies["3"]["result"] is None
    assert b"malformed" in result.stderr
