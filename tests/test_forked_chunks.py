"""Work shared with forked copies of this process (store/forked_chunks.py): every chunk done
once, in order, whatever happens to the workers."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from nhanluc_cli.store import forked_chunks
from nhanluc_cli.store.forked_chunks import MOST_CHUNKS, share

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="processes are not forked here")


def _no_child_left() -> bool:
    """No child process of this one is left to reap (none running, no zombie)."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_every_chunk_is_done_once_in_order_by_several_processes() -> None:
    here = os.getpid()

    def work(chunk: list[int]) -> list[tuple[int, int]]:
        time.sleep(0.005)  # long enough for every process to take some chunks
        return [(number * number, os.getpid()) for number in chunk]

    chunks = [list(range(start, start + 3)) for start in range(0, 120, 3)]
    done = share(chunks, work, 3)
    assert done is not None
    assert [square for chunk in done for square, _ in chunk] == [n * n for n in range(120)]
    by = {pid for chunk in done for _, pid in chunk}
    assert here in by and len(by) >= 2, "the work was not shared"
    assert _no_child_left()


def test_only_what_a_worker_sends_back_goes_through_sent() -> None:
    here = os.getpid()

    def work(chunk: int) -> tuple[int, str]:
        time.sleep(0.005)
        return chunk, "kept"

    def sent(done: tuple[int, str]) -> tuple[int, str]:
        assert os.getpid() != here  # never called in this process
        return done[0], "sent"

    done = share(list(range(40)), work, 2, sent=sent)
    assert done is not None
    assert [number for number, _ in done] == list(range(40))
    kinds = {kind for _, kind in done}
    assert kinds == {"kept", "sent"}


@pytest.mark.parametrize("how", ["raises", "killed", "unpicklable"])
def test_what_a_failed_worker_took_is_done_here(how: str) -> None:
    """A worker that fails on a chunk, is killed, or makes a result that cannot be sent: the
    chunks it took and did not send back are done by this process; nothing is printed."""
    here = os.getpid()

    def work(chunk: int) -> object:
        if os.getpid() != here and chunk >= 5:
            if how == "raises":
                raise ValueError("a bug, in the worker only")
            if how == "killed":
                os.kill(os.getpid(), 9)
            return lambda: chunk  # pickle cannot send a function made here
        time.sleep(0.002)
        return chunk * 10

    done = share(list(range(30)), work, 2)
    assert done == [chunk * 10 for chunk in range(30)]
    assert _no_child_left()


def test_a_failure_here_stops_the_workers_and_is_raised() -> None:
    here = os.getpid()

    def work(chunk: int) -> int:
        if os.getpid() == here and chunk > 3:
            raise KeyboardInterrupt  # the user pressed Ctrl-C while this process worked
        time.sleep(0.05)
        return chunk

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        share(list(range(400)), work, 2)
    # The worker was stopped, not waited for: it had 400 chunks of 50 ms before it.
    assert time.monotonic() - started < 10
    assert _no_child_left()


def test_where_it_cannot_share_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def work(chunk: int) -> int:
        calls.append(chunk)
        return chunk

    assert share([1], work, 2) is None  # one chunk: nothing to share
    assert share([1, 2], work, 1) is None  # one worker: this process
    assert share(list(range(MOST_CHUNKS + 1)), work, 2) is None  # more numbers than a pipe holds
    monkeypatch.delattr(os, "fork")  # Windows
    assert share([1, 2, 3], work, 2) is None
    assert calls == []


def test_no_process_to_be_had_leaves_the_work_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert share(list(range(10)), lambda chunk: chunk + 1, 4) == list(range(1, 11))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_a_pipe_too_small_for_every_chunks_number_leaves_the_work_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past a user's soft limit, Linux gives a new pipe 8 KB; here it is made one page. Every
    chunk's number does not fit: nothing forked, nothing hangs, the caller does the work."""
    import fcntl

    real_pipe = os.pipe

    def small_pipe() -> tuple[int, int]:
        reading, writing = real_pipe()
        fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, 4096)
        return reading, writing

    monkeypatch.setattr(os, "pipe", small_pipe)
    monkeypatch.setattr(forked_chunks, "MOST_CHUNKS", 5000)
    assert share(list(range(2000)), lambda chunk: chunk, 2) is None
    assert share(list(range(1000)), lambda chunk: chunk, 2) == list(range(1000))  # 4 KB fits


def test_no_file_descriptor_to_be_had(monkeypatch: pytest.MonkeyPatch) -> None:
    """Out of file descriptors: for the chunks' numbers, the caller does the work; for a
    worker's results, fewer workers (here none) and the work done here."""
    real_pipe = os.pipe
    calls = 0

    def pipe_until(allowed: int) -> tuple[int, int]:
        nonlocal calls
        calls += 1
        if calls > allowed:
            raise OSError(24, "Too many open files")
        return real_pipe()

    monkeypatch.setattr(os, "pipe", lambda: pipe_until(0))
    assert share(list(range(10)), lambda chunk: chunk * 2, 2) is None
    calls = 0
    monkeypatch.setattr(os, "pipe", lambda: pipe_until(1))
    assert share(list(range(10)), lambda chunk: chunk * 2, 3) == [n * 2 for n in range(10)]
    assert _no_child_left()


def test_a_result_larger_than_the_pipe_comes_whole() -> None:
    """Results far larger than a pipe holds (1 MB at most on Linux) arrive whole, the worker
    waiting while this process reads."""
    here = os.getpid()

    def work(chunk: int) -> bytes:
        if os.getpid() == here:
            time.sleep(0.01)
        return bytes([chunk]) * (3 << 20)

    done = share(list(range(8)), work, 2)
    assert done is not None
    assert [len(result) for result in done] == [3 << 20] * 8
    assert [result[-1] for result in done] == list(range(8))


def test_pipes_are_made_large_where_the_system_allows() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("F_SETPIPE_SZ is Linux's")
    import fcntl

    reading, writing = os.pipe()
    try:
        forked_chunks._grow(writing)
        most = int(Path("/proc/sys/fs/pipe-max-size").read_text())
        assert fcntl.fcntl(writing, fcntl.F_GETPIPE_SZ) == min(1 << 20, most)
    finally:
        os.close(reading)
        os.close(writing)
