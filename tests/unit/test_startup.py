"""Start-up keeps the garbage collector out of the way until the first frame."""

from __future__ import annotations

import gc

from offertui.app import _resume_gc


def test_start_up_turns_the_collector_back_on_with_its_objects_frozen() -> None:
    gc.disable()
    try:
        _resume_gc()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_collector_is_left_alone_when_start_up_did_not_stop_it() -> None:
    assert gc.isenabled()
    _resume_gc()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
