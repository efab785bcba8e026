"""A Dask worker preload: the models are loaded when the worker starts, not by its first
partition. Named in ``accords/data/dask-worker.yaml`` (``distributed.worker.preload``), or
``dask worker --preload accords.pipeline.dask_preload``. A worker of a running cluster then
takes its first partition at full speed, as a warmed worker process of ``--workers`` does."""
from __future__ import annotations


def dask_setup(worker) -> None:   # the hook Dask calls in each worker process
    from .warm import warm_up

    warm_up(for_store=True)
