"""`nhanluc init` pins what is running (contract §20): the CI and pre-commit files install the
nhanluc that wrote them, from where it was installed, or what --source names; never a
placeholder, never a failure for want of a source."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from conftest import RunCli
from nhanluc_cli import __version__
from nhanluc_cli.drafts import release
from nhanluc_cli.drafts.release import CheckoutInfo, Pin, git_requirement, pin_of

URL = "https://git.example.gov.vn/so-noi-vu/nhanluc.git"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
OTHER = "fedcba9876543210fedcba9876543210fedcba98"
WHEEL = "https://files.example.gov.vn/nhanluc-0.2.0-py3-none-any.whl"


def test_a_git_install_is_pinned_to_its_url_and_commit() -> None:
    record = {
        "url": URL,
        "vcs_info": {"vcs": "git", "commit_id": COMMIT, "requested_revision": "main"},
    }
    assert pin_of(record, "0.2.0") == Pin(f"nhanluc @ git+{URL}@{COMMIT}", URL, COMMIT)


def test_an_archive_install_is_pinned_to_its_url() -> None:
    record = {"url": WHEEL, "archive_info": {"hashes": {"sha256": "00"}}}
    assert pin_of(record, "0.2.0") == Pin(f"nhanluc @ {WHEEL}")


def test_a_local_archive_is_no_source_ci_can_reach() -> None:
    record = {"url": "file:///home/a/nhanluc-0.2.0.tar.gz", "archive_info": {}}
    assert pin_of(record, "0.2.0") == Pin("nhanluc==0.2.0", unsure=True)


def test_an_editable_git_checkout_gives_its_commit_and_remote_or_path() -> None:
    record = {"url": "file:///home/a/nhanluc", "dir_info": {"editable": True}}
    remote = CheckoutInfo("/home/a/nhanluc", COMMIT, "git@git.example.gov.vn:snv/nhanluc.git")
    pin = pin_of(record, "0.2.0", checkout=remote)
    assert pin.repo == "git@git.example.gov.vn:snv/nhanluc.git" and pin.rev == COMMIT
    # pip needs the scp-like address as an ssh URL.
    assert pin.requirement == f"nhanluc @ git+ssh://git@git.example.gov.vn/snv/nhanluc.git@{COMMIT}"
    path_only = pin_of(record, "0.2.0", checkout=CheckoutInfo("/home/a/nhanluc", COMMIT, None))
    assert path_only == Pin(
        f"nhanluc @ git+file:///home/a/nhanluc@{COMMIT}", "/home/a/nhanluc", COMMIT
    )


def test_nothing_known_is_the_version_number() -> None:
    assert pin_of(None, "0.2.0") == Pin("nhanluc==0.2.0", unsure=True)
    folder = {"url": "file:///tmp/x", "dir_info": {}}
    assert pin_of(folder, "0.2.0", checkout=None) == Pin("nhanluc==0.2.0", unsure=True)


def test_source_takes_the_running_commit_else_the_version_tag() -> None:
    record = {"url": URL, "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    mirror = "https://git.noi-bo.example/nhanluc.git"
    assert pin_of(record, "0.2.0", mirror) == Pin(
        f"nhanluc @ git+{mirror}@{COMMIT}", mirror, COMMIT
    )
    checkout = CheckoutInfo("/src/nhanluc", OTHER, None)
    assert pin_of(None, "0.2.0", mirror, checkout).rev == OTHER
    tagged = pin_of(None, "0.2.0", mirror)
    assert (tagged.rev, tagged.unsure) == ("v0.2.0", True)
    assert pin_of(None, "0.2.0", WHEEL) == Pin(f"nhanluc @ {WHEEL}")


def test_pip_forms_of_a_repository() -> None:
    assert git_requirement("https://h/x.git", "r") == "nhanluc @ git+https://h/x.git@r"
    assert git_requirement("git+https://h/x.git", "r") == "nhanluc @ git+https://h/x.git@r"
    assert git_requirement("ssh://git@h/x.git", "r") == "nhanluc @ git+ssh://git@h/x.git@r"
    assert git_requirement("/srv/nhanluc", "r") == "nhanluc @ git+file:///srv/nhanluc@r"


def test_this_checkout_is_seen_as_one(tmp_path: Path) -> None:
    from conftest import REPO

    info = release.checkout_info(REPO)
    if info is None:
        pytest.skip("git is missing or this is not a git checkout")
    assert info.commit is not None and len(info.commit) >= 40
    assert release.checkout_info(tmp_path) is None  # no checkout: nothing made up


# ---------------------------------------------------------------------------------------------
# At the command line


def config_of(kho: Path) -> dict[str, object]:
    loaded = yaml.safe_load((kho / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def ci_installs(kho: Path) -> set[str]:
    lines = []
    for name in (".gitlab-ci.yml", ".github/workflows/nhanluc.yml", "README.md"):
        text = (kho / name).read_text(encoding="utf-8")
        lines += [
            line.split("pip install ", 1)[1]
            for line in text.splitlines()
            if 'pip install "' in line
        ]
    return set(lines)


def test_an_unknown_origin_still_writes_every_file_pinned_to_the_version(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release, "installed_direct_url", lambda: (None, None))
    result = run_cli(["init", "kho"])
    assert result.exit_code == 0
    kho = tmp_path / "kho"
    assert ci_installs(kho) == {f'"nhanluc=={__version__}"'}
    (hook,) = config_of(kho)["repos"]  # type: ignore[misc]
    assert hook["repo"] == "local"
    assert hook["hooks"][0]["additional_dependencies"] == [f"nhanluc=={__version__}"]
    assert hook["hooks"][0]["entry"] == "nhanluc check"
    assert "--source" in result.stderr and f"nhanluc=={__version__}" in result.stderr
    assert "không rõ nơi cài" in result.stderr
    readme = (kho / "README.md").read_text(encoding="utf-8")
    assert f'pip install "nhanluc=={__version__}"' in readme and "--source" in readme
    for path in kho.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert "YOUR-GIT-HOST" not in text and "{{" not in text, path
    english = run_cli(["init", "kho2", "--lang", "en"])
    assert "where this nhanluc was installed from is not known" in english.stderr


def test_source_names_an_archive(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release, "installed_direct_url", lambda: (None, None))
    result = run_cli(["init", "kho", "--source", WHEEL])
    assert result.exit_code == 0 and result.stderr == ""
    assert ci_installs(tmp_path / "kho") == {f'"nhanluc @ {WHEEL}"'}
    (hook,) = config_of(tmp_path / "kho")["repos"]  # type: ignore[misc]
    assert hook["hooks"][0]["additional_dependencies"] == [f"nhanluc @ {WHEEL}"]


def test_a_git_install_is_what_the_files_install(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = {"url": URL, "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    monkeypatch.setattr(release, "installed_direct_url", lambda: (record, None))
    result = run_cli(["init", "kho"])
    assert result.exit_code == 0 and result.stderr == ""
    assert ci_installs(tmp_path / "kho") == {f'"nhanluc @ git+{URL}@{COMMIT}"'}


def test_an_empty_source_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["init", "kho", "--source", " "])
    assert result.exit_code == 2 and "--source" in result.stderr
    assert not (tmp_path / "kho").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_dangling_link_says_what_is_wrong(run_cli: RunCli, tmp_path: Path) -> None:
    os.symlink(tmp_path / "da-xoa", tmp_path / "kho")
    result = run_cli(["init", "kho"])
    assert result.exit_code == 1
    assert result.stderr.startswith("kho: lỗi: kho là liên kết (symlink) tới ")
    assert "da-xoa, nơi không tồn tại." in result.stderr
    assert "Traceback" not in result.stderr and "No such file" not in result.stderr
    assert not (tmp_path / "da-xoa").exists()


class _Distribution:
    def __init__(self, text: str | None) -> None:
        self.text = text

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return self.text


@pytest.mark.parametrize(
    ("text", "record", "folder"),
    [
        (None, None, None),  # installed from an index: no record
        ("{not json", None, None),
        ("[1, 2]", None, None),
        (
            '{"url": "file:///src/nhanluc", "dir_info": {"editable": true}}',
            {"url": "file:///src/nhanluc", "dir_info": {"editable": True}},
            Path("/src/nhanluc"),
        ),
        (
            f'{{"url": "{URL}", "vcs_info": {{"vcs": "git", "commit_id": "{COMMIT}"}}}}',
            {"url": URL, "vcs_info": {"vcs": "git", "commit_id": COMMIT}},
            None,
        ),
    ],
)
def test_the_installed_record_is_read_whatever_it_holds(
    monkeypatch: pytest.MonkeyPatch, text: str | None, record: object, folder: Path | None
) -> None:
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "distribution", lambda name: _Distribution(text))
    assert release.installed_direct_url() == (record, folder)


def test_not_installed_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    def missing(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", missing)
    assert release.installed_direct_url() == (None, None)
    assert release.running_pin("0.2.0", None) == Pin("nhanluc==0.2.0", unsure=True)


def test_the_version_falls_back_to_the_metadata_then_to_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.metadata

    from nhanluc_cli import version

    monkeypatch.setattr(version, "_dist_info_version", lambda: None)
    assert version.installed_version() == importlib.metadata.version("nhanluc")

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert version.installed_version() == "0+unknown"


def test_empty_reports_are_not_copies_of_each_other() -> None:
    from nhanluc_cli.checks.copies import content_digest, identical_reports

    def digests(*files: tuple[str, bytes]) -> list[tuple[str, bytes]]:
        return [(name, content_digest(data)) for name, data in files]

    blanks = digests(("a.yaml", b""), ("b.yaml", b"\n"), ("c.yaml", b""), ("d.yaml", b" \t\r\n"))
    assert identical_reports(blanks) == []
    (copy,) = identical_reports(digests(("2022 (1).yaml", b"x: 1\n"), ("2022.yaml", b"x: 1\n")))
    assert (copy.file, copy.args["first"]) == ("2022 (1).yaml", "2022.yaml")


def test_a_source_folder_is_written_as_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pin = pin_of(None, "0.2.0", "../nhanluc", CheckoutInfo("/src", COMMIT, None))
    assert pin.repo == str((tmp_path / ".." / "nhanluc").absolute())
    assert pin.requirement.startswith("nhanluc @ git+file:///") and pin.rev == COMMIT
    assert pin_of(None, "0.2.0", "git@h:o/r.git").repo == "git@h:o/r.git"
