"""Every default lives in ``_constants.py``: no other runtime module writes one, and changing one changes behaviour.

The behaviour checks run against a private copy of the runtime whose ``_constants.py`` has other values, imported
under another name (so the real ``generator.runtime`` is untouched).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import cast

import httpx
import jwt
import pytest

from generator import runtime
from generator.runtime import _constants

RUNTIME = Path(runtime.__file__).parent
CHANGED = {
    "READ_TIMEOUT": 7.5,
    "DEFAULT_MAX_RETRIES": 4,
    "RETRY_INITIAL_DELAY": 0.125,
    "RETRY_MAX_RETRY_AFTER": 3.0,
    "REDACTED": "<hidden>",
    "MIN_SECRET_LENGTH": 10,
    "ACCEPT_JSON": "application/vnd.test+json",
    "MESSAGE_FALLBACK_CHARS": 5,
    "DOWNLOAD_MAX_RETRIES": 7,
    "JWT_ALGORITHM": "HS512",
}


def _literal_default(node: ast.expr | None) -> bool:
    """A number, or a non-empty string, written as a default (``None``, booleans and ``""`` are not defaults)."""
    if isinstance(node, ast.UnaryOp):
        return _literal_default(node.operand)
    if isinstance(node, ast.BinOp):
        return _literal_default(node.left) and _literal_default(node.right)
    if not isinstance(node, ast.Constant) or isinstance(node.value, bool):
        return False
    return isinstance(node.value, int | float) or (isinstance(node.value, str) and node.value != "")


def _defaults(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if _literal_default(default):
                    yield node.lineno, f"default of {node.name}()"
        elif isinstance(node, ast.ClassDef | ast.Module):
            for statement in node.body:
                value = statement.value if isinstance(statement, ast.Assign | ast.AnnAssign) else None
                if _literal_default(value):
                    yield statement.lineno, "class or module constant"


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_no_runtime_module_but_constants_writes_a_default(path: Path) -> None:
    found = list(_defaults(ast.parse(path.read_text(encoding="utf-8"))))
    if path.name == "_constants.py":
        assert len(found) >= len(CHANGED), "the defaults are here"
    else:
        assert found == [], f"{path.name}: literal defaults at {found}; move them to _constants.py"


def test_the_detector_finds_literal_defaults() -> None:
    tree = ast.parse("X = 3\ndef f(a=0.5, *, b='x', c=None, d=True): pass\nclass C:\n    n: int = -2\n")
    assert [line for line, _ in _defaults(tree)] == [1, 2, 2, 4]


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The runtime, copied as ``rt_changed`` with every value in :data:`CHANGED` replaced in ``_constants.py``."""
    root = tmp_path_factory.mktemp("rt")
    shutil.copytree(RUNTIME, root / "rt_changed", ignore=shutil.ignore_patterns("__pycache__"))
    constants = root / "rt_changed" / "_constants.py"
    text = constants.read_text(encoding="utf-8")
    for name, value in CHANGED.items():
        assert getattr(_constants, name) != value, f"{name} must really change"
        line = next(line for line in text.splitlines() if line.startswith(f"{name}: Final"))
        text = text.replace(line, f"{name}: Final = {value!r}", 1)
    constants.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("rt_changed")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "rt_changed" or m.startswith("rt_changed.")]:
            del sys.modules[name]


def _settings(rt: ModuleType) -> object:
    return rt.ClientSettings(
        base_url="https://api.test",
        auth_headers=lambda names: {},
        redactor=rt.Redactor(),
        logger_name="t",
        user_agent="t",
    )


def test_timeout_retry_budget_and_accept_header_follow_the_constants(changed: ModuleType) -> None:
    settings = _settings(changed)
    assert settings.timeout.read == CHANGED["READ_TIMEOUT"]  # type: ignore[attr-defined]
    assert settings.max_retries == CHANGED["DEFAULT_MAX_RETRIES"]  # type: ignore[attr-defined]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503)

    client = changed.SyncClient(settings, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client._sleep = lambda seconds: None
    with pytest.raises(changed.InternalServerError):
        client.call(changed.Request(method="GET", path="/x"), lambda r: None)
    assert len(sent) == 1 + cast(int, CHANGED["DEFAULT_MAX_RETRIES"])
    assert sent[0].headers["accept"] == CHANGED["ACCEPT_JSON"]


def test_backoff_and_retry_after_cap_follow_the_constants(changed: ModuleType) -> None:
    policy = changed.RetryPolicy(jitter=0.0)
    assert policy.initial_delay == CHANGED["RETRY_INITIAL_DELAY"]
    first = policy.start(3).increment()
    assert policy.delay(first, None) == pytest.approx(CHANGED["RETRY_INITIAL_DELAY"])
    assert policy.delay(first, {"retry-after": "30"}) == CHANGED["RETRY_MAX_RETRY_AFTER"]


def test_redaction_mask_and_minimum_secret_length_follow_the_constants(changed: ModuleType) -> None:
    short, long = "abcdefgh", "abcdefghijkl"  # 8 characters: masked by the real runtime, not by the changed one
    redactor = changed.Redactor(secrets=[short, long])
    assert redactor.text(f"{short} {long}") == f"{short} {CHANGED['REDACTED']}"
    assert runtime.Redactor(secrets=[short]).text(short) == runtime.REDACTED


def test_error_message_fallback_length_follows_the_constant(changed: ModuleType) -> None:
    client = changed.SyncClient(
        _settings(changed),
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404, text="abcdefghij"))),
    )
    with pytest.raises(changed.NotFoundError) as info:
        client.call(changed.Request(method="GET", path="/x"), lambda r: None)
    assert info.value.message.endswith(": abcde")


def test_download_and_jwt_defaults_follow_the_constants(changed: ModuleType) -> None:
    assert inspect.signature(changed.download_sync).parameters["max_retries"].default == CHANGED["DOWNLOAD_MAX_RETRIES"]
    assert (
        inspect.signature(changed.download_async).parameters["max_retries"].default == CHANGED["DOWNLOAD_MAX_RETRIES"]
    )
    jwt_module = importlib.import_module("rt_changed._jwt")
    minter = jwt_module.JWTMinter(key="k", secret="s" * 64, key_claim="apikey", claims={}, ttl_seconds=60)
    assert jwt.get_unverified_header(minter())["alg"] == CHANGED["JWT_ALGORITHM"]
