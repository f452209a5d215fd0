"""Services: TLS verification is always on; a custom CA bundle (a company's own CA) makes a server trusted."""

from __future__ import annotations

import dataclasses
import shutil
import ssl
import subprocess

import _assist_fakes as fakes
import pytest

assist, fake_server, memory_keyring = fakes.assist, fakes.fake_server, fakes.memory_keyring

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A private CA and a server certificate it signed for 127.0.0.1."""
    folder = tmp_path_factory.mktemp("tls")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=GhostDesk Test CA")  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (folder / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")  # fmt: skip
    return folder


@pytest.fixture
def tls_server(certificates):
    server = fakes.FakeServer(key=fakes.KEY)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificates / "server.pem", certificates / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.start()
    yield server
    server.stop()


def test_an_unknown_certificate_is_refused(assist, tls_server):
    service, chat, _ = assist
    chat = service.save_provider(dataclasses.replace(chat, base_url=f"https://127.0.0.1:{tls_server.server_port}/v1"))
    with pytest.raises(Exception) as info:
        service.test_connection(chat)
    assert info.value.code == "assist_tls"
    assert tls_server.seen == []  # nothing was sent before the certificate was checked


def test_a_custom_ca_bundle_makes_it_trusted(assist, tls_server, certificates):
    service, chat, _ = assist
    chat = service.save_provider(
        dataclasses.replace(
            chat,
            base_url=f"https://127.0.0.1:{tls_server.server_port}/v1",
            ca_bundle=str(certificates / "ca.pem"),
        )
    )
    assert service.test_connection(chat).ok
    assert tls_server.seen[-1]["auth"] == f"Bearer {fakes.KEY}"
