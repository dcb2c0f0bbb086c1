"""Which nhanluc the files `nhanluc init` writes install: the one that wrote them (contract §20).

The pre-commit configuration and the GitHub and GitLab workflows of a new data repository install
the very program that made it, from where it was installed, so that the checks on a first commit
and in CI read every file `init` wrote:

- a git install (`pip install "nhanluc @ git+URL@REV"`): PEP 610's `direct_url.json` gives the URL
  and the commit (`vcs_info.commit_id`);
- a URL or archive install (`pip install https://.../nhanluc-0.2.0.tar.gz`): that URL;
- an editable install of a git checkout (a developer's): the checkout's commit, and its remote
  (`origin`, else the first) or, without one, its path;
- `nhanluc init --source URL`: URL (a git repository, or an archive/wheel URL), at the commit of
  the running checkout when it is one, else at the tag of the running version;
- otherwise (installed from a package index, or a folder that is no git checkout): the version
  number, `nhanluc==X.Y.Z`, and `Pin.unsure` says so, for `init` to explain `--source` on
  stderr. Never a placeholder, never a failure.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlparse

DISTRIBUTION = "nhanluc"
_COMMIT = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
_SCP_LIKE = re.compile(r"^(?P<user>[^@/:]+@)?(?P<host>[^/:]+):(?P<path>(?!//).+)$")
_ARCHIVE = re.compile(r"\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$", re.IGNORECASE)


class Pin(NamedTuple):
    """Where the written files install nhanluc from.

    `repo` and `rev` are set for a git source: pre-commit clones `repo` at `rev` and pip installs
    `git+repo@rev`. Otherwise `requirement` is what pip installs (a URL, or `nhanluc==X.Y.Z`)
    and the pre-commit hook is a local one that installs it.
    """

    requirement: str  # what `pip install` is given: "nhanluc @ git+URL@REV", "nhanluc==0.2.0"
    repo: str | None = None  # a git repository (URL or path), for pre-commit's `repo:`
    rev: str | None = None  # its full commit id (or tag), for `rev:`
    unsure: bool = False  # pinned to a version number or tag: it must exist (say --source)


def git_requirement(repo: str, rev: str) -> str:
    return f"{DISTRIBUTION} @ {_pip_git_url(repo)}@{rev}"


def _pip_git_url(repo: str) -> str:
    """pip's form of a git repository's address: git+https://…, git+ssh://…, git+file:///…"""
    if repo.startswith("git+"):
        return repo
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", repo):
        return f"git+{repo}"
    scp = _SCP_LIKE.match(repo)
    if scp and not re.match(r"^[a-zA-Z]:[\\/]", repo):  # git@host:owner/repo.git, not C:\…
        return f"git+ssh://{scp.group('user') or ''}{scp.group('host')}/{scp.group('path')}"
    return "git+" + Path(repo).absolute().as_uri()


def _as_repository(source: str) -> str:
    """A URL or `user@host:path` as given; a folder as its absolute path, since the written
    files are used from elsewhere (pre-commit clones from the repository's own folder)."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) or source.startswith("git+"):
        return source
    if _SCP_LIKE.match(source) and not re.match(r"^[a-zA-Z]:[\\/]", source):
        return source
    return str(Path(source).absolute())


def pin_of(
    direct_url: dict[str, Any] | None,
    version: str,
    source: str | None = None,
    checkout: CheckoutInfo | None = None,
) -> Pin:
    """The pin, from the installed distribution's `direct_url.json` (None when it has none),
    the running version, `--source` and, for an editable install, what git says of the folder.
    `checkout` is looked up by the caller (`checkout_info`), so this stays pure."""
    commit = None
    if direct_url is not None:
        vcs = direct_url.get("vcs_info")
        url = direct_url.get("url")
        if isinstance(vcs, dict) and isinstance(url, str) and vcs.get("vcs") == "git":
            commit = str(vcs.get("commit_id") or "") or None
            if source is None and commit:
                return Pin(git_requirement(url, commit), url, commit)
        elif (
            isinstance(direct_url.get("archive_info"), dict)
            and isinstance(url, str)
            and source is None
            and not url.startswith("file:")
        ):
            return Pin(f"{DISTRIBUTION} @ {url}")
    if checkout is not None and checkout.commit:
        commit = commit or checkout.commit
    if source is not None:
        if _ARCHIVE.search(urlparse(source).path or source):
            return Pin(f"{DISTRIBUTION} @ {source}")
        rev = commit or f"v{version}"
        repo = _as_repository(source)
        return Pin(git_requirement(repo, rev), repo, rev, unsure=commit is None)
    if checkout is not None and checkout.commit:
        repo = checkout.remote or checkout.path
        return Pin(git_requirement(repo, checkout.commit), repo, checkout.commit)
    return Pin(f"{DISTRIBUTION}=={version}", unsure=True)


class CheckoutInfo(NamedTuple):
    """A git checkout an editable install runs from. Its uncommitted changes, if any, are not in
    the pin: the files install its last commit."""

    path: str
    commit: str | None
    remote: str | None


def installed_direct_url() -> tuple[dict[str, Any] | None, Path | None]:
    """The running distribution's PEP 610 record, and the folder of an editable install."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        text = distribution(DISTRIBUTION).read_text("direct_url.json")
    except PackageNotFoundError:
        return None, None
    try:
        record = json.loads(text) if text else None
    except ValueError:
        return None, None
    if not isinstance(record, dict):
        return None, None
    folder = None
    url = record.get("url")
    # A folder installed as it was (`pip install -e .`, `pip install .`): its git checkout, if any.
    if (
        isinstance(url, str)
        and url.startswith("file:")
        and isinstance(record.get("dir_info"), dict)
    ):
        from urllib.request import url2pathname  # file:///C:/x -> C:\\x on Windows

        folder = Path(url2pathname(unquote(urlparse(url).path)))
    return record, folder


def checkout_info(folder: Path) -> CheckoutInfo | None:
    """What git says of the folder: its HEAD commit and remote; None when git is missing or the
    folder is no checkout."""

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", "-C", str(folder), *args],
                capture_output=True,
                text=True,
                timeout=20,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "--verify", "-q", "HEAD")
    if not commit or not _COMMIT.match(commit):
        return None
    remotes = (git("remote") or "").split()
    name = "origin" if "origin" in remotes else (remotes[0] if remotes else None)
    remote = git("remote", "get-url", name) if name else None
    top = git("rev-parse", "--show-toplevel") or str(folder)
    return CheckoutInfo(str(Path(top)), commit, remote or None)


def running_pin(version: str, source: str | None) -> Pin:
    """The pin of the nhanluc running now (the installed distribution's record, its checkout)."""
    record, folder = installed_direct_url()
    checkout = None
    vcs = record.get("vcs_info") if record else None
    if folder is not None and not vcs:
        checkout = checkout_info(folder)
    return pin_of(record, version, source, checkout)
