"""``xborder serve``: run the HTTP API, webhooks and agent console with uvicorn (extra ``[server]``)."""
from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any other than loopback needs XBORDER_API_TOKEN.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each loads its own Toolkit; they share the webhook queue).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.pass_context
def serve(ctx, host, port, workers, log_level):
    """Serve /v1 (the CLI's JSON over HTTP), /hooks/{chatwoot,zammad,zendesk}, /console and /docs.

    Configuration comes from the environment: XBORDER_API_TOKEN, XBORDER_SERVICE_DB, the
    helpdesks' XBORDER_<DESK>_SECRET / _URL / _TOKEN (see docs/service.md).
    """
    import os

    from ..errors import InputError
    from ..service.config import Settings, check_bind

    try:
        import uvicorn
    except ImportError:
        raise InputError("xborder serve needs the server extra: pip install 'xborder[server]'") from None
    check_bind(host, Settings.from_env())
    state = ctx.obj
    if state is not None and state.data_dirs:  # --data-dir reaches every worker process
        os.environ["XBORDER_DATA"] = os.pathsep.join(state.data_dirs)
    import shutil
    import tempfile

    # Each worker leaves a mark here once warmed up; /readyz waits for all of them.
    ready_dir = tempfile.mkdtemp(prefix="xborder-ready-")
    os.environ.update(XBORDER_READY_DIR=ready_dir, XBORDER_SERVE_WORKERS=str(workers))
    from importlib.util import find_spec

    # each response in one send (xborder/service/protocol.py); the server extra installs httptools
    http = "xborder.service.protocol:HttpProtocol" if find_spec("httptools") else "auto"
    try:
        uvicorn.run("xborder.service:app", host=host, port=port, workers=workers, log_level=log_level,
                    access_log=False, server_header=False, proxy_headers=False, http=http)
    finally:
        shutil.rmtree(ready_dir, ignore_errors=True)
