from __future__ import annotations

from planwatch.redact import redact_text, redact_url


def test_alert_urls_and_keys_never_survive():
    secret = "dingtalk://abcdef0123456789token/SECsecretsecret"
    msg = f"delivery to {secret} failed; aws_secret_access_key=AKIAXYZ/abc token: t0k3n"
    out = redact_text(msg, [secret])
    assert "abcdef0123456789token" not in out and "SECsecret" not in out
    assert "AKIAXYZ" not in out and "t0k3n" not in out
    assert "dingtalk://" in out


def test_credentials_in_urls_are_hidden_but_host_stays():
    out = redact_text("GET https://user:pa55@minio.local:9000/bucket failed")
    assert "pa55" not in out and "minio.local:9000" in out
    assert redact_url("json://127.0.0.1:8080/hook?key=x") == "json://127.0.0.1:8080/***"


def test_paths_that_look_like_keys_are_left_alone():
    msg = "redirect to file:///etc/passwd: scheme 'file' not allowed"
    assert redact_text(msg) == msg
    assert "hunter2" not in redact_text("login failed: password=hunter2")


def test_a_registered_secret_redacts_later_text_until_the_registry_is_restored():
    from planwatch.redact import register_secrets, registered_secrets, restore_secrets

    snapshot = registered_secrets()
    register_secrets(["mailto://alertbot:s3cr3tpw@127.0.0.1:25"])
    try:
        assert redact_text("sent by alertbot with s3cr3tpw") == "sent by *** with ***"
    finally:
        restore_secrets(snapshot)
    assert redact_text("sent by alertbot with s3cr3tpw") == "sent by alertbot with s3cr3tpw"
    assert sorted(registered_secrets()) == sorted(snapshot)
