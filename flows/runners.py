"""Where the stages run: Prefect task runs (threads here, or a Dask cluster) or plain calls.

Parsing is CPU-bound Python. Threads share one core under the GIL, so with the thread runner
each parse task hands its batch to a process pool (a process per core) and waits; on Dask the
workers are the processes. Loading stays in the flow's process: one writer.
"""

from __future__ import annotations

import contextlib
import contextvars
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import parse
from flows.config import Settings
from flows.progress import stage_logger

MIN_FILES_FOR_PROCESSES = 200  # below this, starting worker processes costs more than it saves
BATCHES_PER_WORKER = 6  # small enough batches that the last ones do not leave cores idle
# A worker's memory grows with the documents it has parsed (70 MB after 500, 180 MB after 5,000,
# measured), so it is replaced after about this many: by documents, not by batches, or the
# workers' memory would grow with the batch size and so with the corpus.
DOCS_PER_WORKER = 1000

_pool: ProcessPoolExecutor | None = None


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def in_flight(settings: Settings) -> int:
    """Batches parsed at once: two per core keeps every core busy while one batch is loaded."""
    return 2 * cores()


def batch_size(settings: Settings, n_files: int) -> int:
    """At most settings.batch_size; fewer per batch when there are few files to spread."""
    spread = -(-n_files // (cores() * BATCHES_PER_WORKER))
    return max(1, min(settings.batch_size, max(spread, 10)))


def make_task_runner(settings: Settings) -> TaskRunner:
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        # One single-threaded worker process per core: extraction holds the GIL.
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": cores(),
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            }
        )
    return ThreadPoolTaskRunner(max_workers=in_flight(settings))


@contextlib.contextmanager
def worker_api(settings: Settings) -> Iterator[None]:
    """Dask worker processes on this machine report to the flow's Prefect API.

    They inherit the environment, not Prefect's in-process settings: left alone, each would
    start a temporary server of its own (~20 s) and its task runs would land there. So the
    API the flow uses, or a temporary server started here, goes into PREFECT_API_URL first.
    """
    if settings.task_runner != "dask" or settings.dask_address:
        yield  # a remote cluster is told its API by its own environment (see the README)
        return
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with contextlib.ExitStack() as stack:
        url = PREFECT_API_URL.value()
        if not url:
            from prefect.server.api.server import SubprocessASGIServer

            server = SubprocessASGIServer()
            server.start()
            stack.callback(server.stop)
            stack.callback(_drain_to_api)  # runs first: logs and events out before the stop
            url = server.api_url
        stack.enter_context(temporary_settings({PREFECT_API_URL: url}))
        old = os.environ.get("PREFECT_API_URL")
        os.environ["PREFECT_API_URL"] = url
        stack.callback(_restore_env, "PREFECT_API_URL", old)
        yield


def _drain_to_api() -> None:
    """Send the logs and events still queued for the API, as Prefect's own harness does."""
    import inspect

    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        for pending in (APILogWorker.instance().drain(), EventsWorker.drain_all()):
            if inspect.isawaitable(pending):
                await pending

    run_coro_as_sync(drain())


def _restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@contextlib.contextmanager
def parse_processes(settings: Settings, n_files: int) -> Iterator[None]:
    """A process per core for this run's parse tasks, when threads would share one core."""
    global _pool
    if settings.task_runner != "thread" or cores() < 2 or n_files < MIN_FILES_FOR_PROCESSES:
        yield
        return
    # forkserver, not fork: this process runs Prefect's threads, and forking threads is unsafe.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["flows.parse"])
    # A fresh worker every DOCS_PER_WORKER documents or so: a fork from the server is cheap.
    per_child = max(1, DOCS_PER_WORKER // batch_size(settings, n_files))
    with ProcessPoolExecutor(cores(), mp_context=ctx, max_tasks_per_child=per_child) as pool:
        _pool = pool
        try:
            yield
        finally:
            _pool = None


def run_parse(
    paths: list[Path], max_bytes: int, tolerance: float, timeout_s: float | None = None
) -> parse.ParsedBatch:
    """Parse one batch in this run's process pool if it has one, else right here."""
    if _pool is None:
        return parse.parse_batch(paths, max_bytes, tolerance, timeout_s)
    return _pool.submit(parse.parse_batch, paths, max_bytes, tolerance, timeout_s).result()


def _bounded(
    submit: Callable[[Any], Any], result: Callable[[Any], Any], items: list, limit: int
) -> Iterator[Any]:
    """Results in submission order with at most ``limit`` submitted and not yet taken."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= limit:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class PrefectStages:
    """Each stage a Prefect task run; batches go to the flow's task runner.

    Arguments are quote()d: they hold no futures, and Prefect would otherwise walk every path
    of a 10,000-file plan looking for some (about a second per stage, measured)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.seconds: dict[str, float] = {}

    def call(self, stage: Any, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.run(stage, *args)
        finally:
            self.seconds[stage.name] = time.perf_counter() - start
            stage_logger().info("stage %s: %.2f s", stage.name, self.seconds[stage.name])

    def run(self, stage: Any, *args: Any) -> Any:
        return stage(*[quote(a) for a in args])

    def stream(
        self, stage: Any, batches: list, *args: Any, on_done: Callable[[int], None]
    ) -> Iterator[parse.ParsedBatch]:
        """Batch results in order as the consumer takes them, a bounded number in flight.

        A feeder thread submits the batches in the flow run's context, captured here: the load
        task that consumes them must not be their parent (its context holds this generator,
        which cannot be pickled to a Dask worker), and the flow reads the same either way.
        """
        flow_context = contextvars.copy_context()
        futures: queue.Queue = queue.Queue(maxsize=in_flight(self.settings))
        stop = threading.Event()

        def feed() -> None:
            try:
                for batch in batches:  # not quote()d: that would not survive the Dask runner
                    _put(futures, stage.submit(batch, *args), stop)
            except BaseException as err:  # handed to the consumer, raised there
                _put(futures, err, stop)
            _put(futures, None, stop)

        def results() -> Iterator[parse.ParsedBatch]:
            feeder = threading.Thread(target=flow_context.run, args=(feed,), daemon=True)
            feeder.start()
            try:
                while (item := futures.get()) is not None:
                    if isinstance(item, BaseException):
                        raise item
                    out = _take(item.result())
                    on_done(out.files)
                    yield out
            finally:
                stop.set()
                feeder.join()

        return results()


def _take(result: parse.ParsedBatch) -> parse.ParsedBatch:
    """The batch's tables, moved out of the object Prefect returned.

    Prefect keeps every task run's return value referenced until the flow run ends (through
    each task's committed transaction: measured, all 20 batches of 10,000 documents alive at
    the end of the load, ~20 MB each, the flow process growing with N). Emptying the object it
    holds lets a batch be freed once it is loaded."""
    out = parse.ParsedBatch(result.tables, result.files, result.seconds)
    result.tables = {}
    return out


def _put(q: queue.Queue, item: Any, stop: threading.Event) -> None:
    """Put unless the consumer has stopped (it failed, or the run is over)."""
    while not stop.is_set():
        try:
            q.put(item, timeout=0.2)
            return
        except queue.Full:
            continue


class PlainStages(PrefectStages):
    """The same stages as plain function calls, no Prefect: for tests and to measure Prefect's
    share of a run. Batches run on threads that wait on the process pool, as in Prefect."""

    def run(self, stage: Any, *args: Any) -> Any:
        return stage.fn(*args)

    def stream(
        self, stage: Any, batches: list, *args: Any, on_done: Callable[[int], None]
    ) -> Iterator[parse.ParsedBatch]:
        limit = in_flight(self.settings)

        def taken(future: Future) -> parse.ParsedBatch:
            out = future.result()
            on_done(out.files)
            return out

        with ThreadPoolExecutor(limit) as threads:
            yield from _bounded(lambda b: threads.submit(stage.fn, b, *args), taken, batches, limit)
