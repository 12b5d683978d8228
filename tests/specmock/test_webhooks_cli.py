"""``serve`` prints the webhook test key (and the client's key variable); the key is the one the mock signs with."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

from tests.specmock.test_mock_cli import ROOT, _env, _free_port


def _serve_output(vendor: str, *extra: str) -> tuple[str, dict[str, object]]:
    port = _free_port()
    command = [sys.executable, "-m", "specmock", "serve", "--vendor", vendor, "--port", str(port), *extra]
    process = subprocess.Popen(
        command, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                key = httpx.get(f"http://127.0.0.1:{port}/_mock/admin/webhooks/key", timeout=1).json()
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    return output, key


def test_serve_prints_the_ed25519_key_and_its_export():
    output, key = _serve_output("telnyx", "--webhook-time-scale", "0.1")
    assert key["algorithm"] == "ed25519" and isinstance(key["public_key"], str)
    assert f"    {key['public_key']}" in output.splitlines()
    assert f"export TELNYX_PUBLIC_KEY={key['public_key']}" in output
    assert "/_mock/admin/webhooks/" in output


def test_serve_prints_the_rsa_pem_and_a_given_key_file_is_used(tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "key.pem"
    path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    expected = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    output, key = _serve_output("videosdk", "--webhook-key", str(path))
    assert key["public_key"] == expected
    for line in expected.strip().splitlines():
        assert f"    {line}" in output
    assert "webhooks signed with rsa-pkcs1v15-sha256" in output


def test_serve_says_when_deliveries_are_unsigned():
    output, key = _serve_output("superviz")
    assert key == {"algorithm": "none", "format": None, "public_key": None}
    assert "webhooks: unsigned (none)" in output
