"""Opening an offer readies its first save on the saver thread at once, so the first
keystroke's save costs what a later one does."""

from __future__ import annotations

import threading
from dataclasses import replace

from offertui.autosave import Autosaver, SaveResult
from offertui.storage.store import OfferStore


def test_a_job_to_prepare_runs_at_once_on_the_saver_thread_and_is_not_reported() -> None:
    reports: list[SaveResult] = []
    saver = Autosaver(reports.append, delay=60.0)  # no save could run for a minute
    ran = threading.Event()
    threads: list[str] = []

    def job() -> None:
        threads.append(threading.current_thread().name)
        ran.set()

    try:
        saver.schedule("offer", lambda: True)  # a save waiting for its delay
        saver.prepare(job)
        assert ran.wait(10), "the preparation waited for the save's delay"
        assert threads == ["offertui-autosave"]
        assert saver.pending  # the save still waits its turn
        assert reports == []
    finally:
        saver.stop()
    assert [r.key for r in reports] == []  # stop flushed on this thread, unreported


def test_a_failing_preparation_leaves_the_saves_to_report_it() -> None:
    reports: list[SaveResult] = []
    saver = Autosaver(reports.append, delay=0.0)
    done = threading.Event()

    def broken() -> None:
        raise OSError("disk gone")

    def save() -> bool:
        done.set()
        return True

    try:
        saver.prepare(broken)
        saver.schedule("offer", save)
        assert done.wait(10), "the saver thread died with the preparation"
    finally:
        saver.stop()


def test_a_prepared_file_saves_the_same_bytes(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    written = []
    for prepare in (False, True):
        handle = store.open(offer.id)
        if prepare:
            handle.prepare()
        assert handle.save(replace(handle.offer, company=f"Acme {prepare}"))
        written.append(store.path_for(offer.id).read_bytes())
        handle.close()
    assert written[0].replace(b"Acme False", b"Acme True") == written[1]
