"""The quick-start notebook is executed, so it cannot rot."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "quickstart.ipynb"


def test_the_readme_says_how_to_run_the_notebook():
    readme = (NOTEBOOK.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "jupyter execute --inplace notebooks/quickstart.ipynb" in readme
    assert (Path(sys.executable).parent / "jupyter-execute").exists()  # it is in the venv


@pytest.mark.slow
def test_quickstart_notebook_runs_and_shows_the_graph():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    first = next(c for c in nb.cells if c.cell_type == "code")
    printed = "".join(o.get("text", "") for o in first.outputs if o.get("output_type") == "stream")
    lines = printed.splitlines()
    assert re.fullmatch(r"\d+ documents:", lines[0]), printed  # not "13\n  documents:"
    assert len(lines) == int(lines[0].split()[0]) + 1
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("<iframe" in h and "srcdoc" in h for h in html), "kg.show() rendered no inline graph"
    external = re.compile(r"""(?:src|href)\s*=\s*(?:["']|&quot;|&#x27;)?\s*(?:https?:)?//""", re.I)
    assert not any(external.search(h) for h in html), "inline graph loads something from the network"
