"""Self-contained HTML pages: the Jinja2 templates, the page's script and security policy, writing the file.

Every page (the report, the compare page, the corpus index) is rendered here from
plain data prepared by its own module. Autoescaping is on for every template, so
article text, titles, outlet names and file names reach the page as text. The
page carries a Content-Security-Policy that forbids every network load and allows
only the page's own script (by hash), so inline event handlers never run.
"""
from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2


def templates_dir() -> Path:
    """The ``templates/`` folder: beside the package in a checkout or editable install."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "templates"):
        if (candidate / "report.html.j2").is_file():
            return candidate
    raise FileNotFoundError("templates/report.html.j2 not found next to the audit package; reinstall from a checkout")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,  # every template, whatever its extension: article text is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def script_source() -> str:
    """The one script every page carries inline (``templates/partials/script.js``)."""
    return (templates_dir() / "partials" / "script.js").read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """No network loads of any kind; only our own inline script (by hash) may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'; connect-src 'none'"
    )


def render_page(template: str, context: dict[str, Any]) -> str:
    """``template`` rendered with ``context`` plus the page's script and the policy allowing it."""
    script = script_source()
    return environment().get_template(template).render(**context, script=script, csp=content_security_policy(script))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_output(content: str, path: str | os.PathLike[str]) -> Path:
    """Write ``content`` to ``path`` atomically (a partial file is never left behind)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        # mkstemp makes the file private (0600); a report is meant to be shared, so honour the umask as open() would
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
