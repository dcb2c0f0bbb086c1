"""Chunks of work shared between this process and forked copies of it, each chunk done once,
the results in order.

Why not concurrent.futures: its pool sends every chunk's input and result through pipes of
64 KB, read and written by helper threads of this process. While this process works too (it
holds the interpreter's lock), each of those threads waits for the lock at every 64 KB: a
worker then sat idle about half of the time (measured: a thousand reports filling the cache,
benchmarks/README.md). Here the forked processes already hold the input (they are copies); the
chunks are handed out through a pipe of numbers, each taken by whoever is free; each worker
writes its results to a pipe of its own, made large, that this process reads between its own
chunks, in its own thread.

Only where processes are forked (not Windows): `share` returns None where they are not, or
cannot be had, and the caller does the work itself. Forking copies only the calling thread:
call it from a process that runs no other thread (nhanluc's commands start none).
"""

from __future__ import annotations

import os
import pickle
import struct
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

_TOKEN = struct.Struct("<I")  # a chunk's number, as handed out
_FRAME = struct.Struct("<IQ")  # a result's chunk number and length, before its pickle
# A pipe this large takes a worker's results for a few chunks at once (Linux gives up to
# /proc/sys/fs/pipe-max-size, 1 MB by default, without privileges), so that a worker seldom
# waits for this process to read.
_PIPE_SIZE = 1 << 20
_READ = 1 << 20


# Every chunk's number is written to the pipe before anyone reads it: at most 4 KB, which any
# pipe holds (Linux gives a new pipe 64 KB, and still 8 KB once a user's pipes pass their soft
# limit; macOS 16 KB). Written without blocking all the same: a pipe that holds less means the
# work is done in this process.
MOST_CHUNKS = 4096 // _TOKEN.size


def share(
    chunks: Sequence[In],
    work: Callable[[In], Out],
    workers: int,
    *,
    sent: Callable[[Out], Out] = lambda out: out,
) -> list[Out] | None:
    """`work(chunk)` for each chunk, in order, done by this process and `workers` - 1 forked
    copies of it; a worker sends back `sent(work(chunk))`. What a worker did not send back (it
    was killed, or failed) is done here.
    None where processes cannot be forked, or there are more than MOST_CHUNKS chunks: nothing
    was done."""
    fork = getattr(os, "fork", None)
    if fork is None or workers < 2 or len(chunks) < 2 or len(chunks) > MOST_CHUNKS:
        return None
    try:
        tokens_out, tokens_in = os.pipe()
    except OSError:  # no file descriptors to be had
        return None
    # Reads of a few bytes from one pipe are whole and never interleave (pipe(7)); the pipe ends
    # (for every process) once empty, its writing end closed before any fork.
    numbers = b"".join(_TOKEN.pack(index) for index in range(len(chunks)))
    try:
        os.set_blocking(tokens_in, False)
        written = os.write(tokens_in, numbers)
    except OSError:  # the pipe holds less than that (BlockingIOError)
        written = 0
    finally:
        os.close(tokens_in)
    if written != len(numbers):
        os.close(tokens_out)
        return None
    readers: dict[int, bytearray] = {}
    children: list[int] = []
    finished = False
    try:
        for _ in range(workers - 1):
            try:
                results_out, results_in = os.pipe()
            except OSError:  # no file descriptors to be had: fewer workers
                break
            _grow(results_in)
            try:
                pid = fork()
            except OSError:  # no process to be had (a limit): fewer workers
                os.close(results_out)
                os.close(results_in)
                break
            if pid == 0:  # the worker: never returns
                _worker(tokens_out, results_in, [results_out, *readers], chunks, work, sent)
            children.append(pid)
            os.close(results_in)
            os.set_blocking(results_out, False)
            readers[results_out] = bytearray()
        done: dict[int, Out] = {}
        while (index := _take(tokens_out)) is not None:
            done[index] = work(chunks[index])
            _drain(readers, done, block=False)
        _drain(readers, done, block=True)
        finished = True
        # What a worker took but never sent back is done here.
        return [done[i] if i in done else work(chunk) for i, chunk in enumerate(chunks)]
    finally:
        os.close(tokens_out)
        for reader in readers:
            os.close(reader)
        if not finished:  # this process failed or was interrupted: their work is not wanted
            for pid in children:  # all stopped first, so that none is left running
                _kill(pid)
        for pid in children:
            _reap(pid)


def _grow(fd: int) -> None:
    import fcntl

    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)  # Linux only; elsewhere pipes stay as they are
    if setpipe is not None:
        with suppress(OSError):  # a lower limit set by the administrator: the default size
            fcntl.fcntl(fd, setpipe, _PIPE_SIZE)


def _take(tokens: int) -> int | None:
    """The next chunk's number, or None when every chunk is taken."""
    data = os.read(tokens, _TOKEN.size)
    return _TOKEN.unpack(data)[0] if len(data) == _TOKEN.size else None


def _worker(
    tokens: int,
    results: int,
    not_mine: list[int],
    chunks: Sequence[In],
    work: Callable[[In], Out],
    sent: Callable[[Out], Out],
) -> None:
    """A forked worker: takes chunks until none is left, writes each result as it is done,
    and ends without running anything of this process's (no buffers flushed, no handlers at
    exit): whatever happens, only os._exit leaves."""
    code = 1
    try:
        for fd in not_mine:  # the reading ends of its own and the other workers' pipes
            os.close(fd)
        while (index := _take(tokens)) is not None:
            data = pickle.dumps(sent(work(chunks[index])), pickle.HIGHEST_PROTOCOL)
            _write_all(results, _FRAME.pack(index, len(data)) + data)
        code = 0
    except BaseException:  # the chunks it took are done by the main process
        pass
    finally:
        os._exit(code)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _drain(readers: dict[int, bytearray], done: dict[int, Out], *, block: bool) -> None:
    """Each worker's results read so far (block: all of them, until every worker has ended),
    put in `done` by chunk number. A frame cut short by a worker's end is let go."""
    for reader in list(readers):
        buffer = readers[reader]
        if block:
            os.set_blocking(reader, True)
        while True:
            try:
                data = os.read(reader, _READ)
            except BlockingIOError:
                break
            if not data:  # the worker has ended
                break
            buffer += data
            _take_frames(buffer, done)
        _take_frames(buffer, done)


def _take_frames(buffer: bytearray, done: dict[int, Out]) -> None:
    start = 0
    while len(buffer) - start >= _FRAME.size:
        index, length = _FRAME.unpack_from(buffer, start)
        end = start + _FRAME.size + length
        if len(buffer) < end:
            break
        # A pickle from a copy of this very process, through a pipe only the two of them hold:
        # never from disk.
        done[index] = pickle.loads(buffer[start + _FRAME.size : end])
        start = end
    del buffer[:start]


def _kill(pid: int) -> None:
    import signal

    with suppress(ProcessLookupError):  # it has ended already
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> None:
    with suppress(ChildProcessError):  # already reaped
        os.waitpid(pid, 0)
